package io.revbridge.playbook;

import io.revbridge.forecast.ForecastModel;
import io.revbridge.scoring.LeadPlaybook;
import java.util.Objects;

/**
 * The playbook Revbridge runs with: what {@code lead-scoring.yaml} and {@code deal-forecast.yaml} hold.
 *
 * @param lead lead score, MQL model and recommendations per grade
 * @param forecast the deal forecast model
 */
public record Playbook(LeadPlaybook lead, ForecastModel forecast) {
  public Playbook {
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(forecast, "forecast");
  }

  /** The built-in defaults, equal to the shipped files in {@code mappings/playbook}. */
  public static Playbook defaults() {
    return new Playbook(LeadPlaybook.defaults(), ForecastModel.defaults());
  }
}
