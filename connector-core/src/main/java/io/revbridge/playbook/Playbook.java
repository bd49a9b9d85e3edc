package io.revbridge.playbook;

import io.revbridge.scoring.LeadPlaybook;
import java.util.Objects;

/**
 * The playbook Revbridge runs with: what {@code lead-scoring.yaml} holds.
 *
 * @param lead lead score, MQL model and recommendations per grade
 */
public record Playbook(LeadPlaybook lead) {
  public Playbook {
    Objects.requireNonNull(lead, "lead");
  }

  /** The built-in defaults, equal to the shipped files in {@code mappings/playbook}. */
  public static Playbook defaults() {
    return new Playbook(LeadPlaybook.defaults());
  }
}
