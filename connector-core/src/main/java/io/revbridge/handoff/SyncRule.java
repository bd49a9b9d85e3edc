package io.revbridge.handoff;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How one field is kept in step between HubSpot and Salesforce, named as RevOps know them from HubSpot's own
 * Salesforce integration. A blank value never clears the other side: no rule loses data a person entered.
 */
public enum SyncRule {
  /** Salesforce's value wins; HubSpot's fills the field only while Salesforce's is blank. */
  PREFER_SALESFORCE_UNLESS_BLANK("prefer-salesforce-unless-blank"),
  /** Salesforce's value is copied to HubSpot; HubSpot edits never reach Salesforce. */
  ALWAYS_SALESFORCE("always-salesforce"),
  /** HubSpot's value is copied to Salesforce; Salesforce edits never reach HubSpot. */
  ALWAYS_HUBSPOT("always-hubspot"),
  /** The side edited since the last sync wins; when both were, the more recent edit (Salesforce on a tie). */
  TWO_WAY("two-way"),
  /** Not synced. */
  NONE("none");

  private final String yamlName;

  SyncRule(String yamlName) {
    this.yamlName = yamlName;
  }

  public String yamlName() {
    return yamlName;
  }

  public static Optional<SyncRule> of(String text) {
    return Arrays.stream(values()).filter(r -> r.yamlName.equalsIgnoreCase(text == null ? "" : text.strip()))
        .findFirst();
  }

  public static List<String> names() {
    return Arrays.stream(values()).map(SyncRule::yamlName).toList();
  }
}
