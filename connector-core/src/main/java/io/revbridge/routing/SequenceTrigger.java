package io.revbridge.routing;

/**
 * When a lead enters a sequence: {@code status} (its lead status is {@code value}), {@code lifecycle} (its lifecycle
 * stage is {@code value}, as the CRM keeps it), {@code routed} (routing just gave it a new owner and its grade
 * is {@code value}) or {@code mql} with value {@code crossed} (Revbridge's MQL score just reached its threshold).
 */
public record SequenceTrigger(String kind, String value) {
  /** The one value of an {@code mql} trigger. */
  public static final String MQL_CROSSED = "crossed";

  public static final java.util.List<String> KINDS = java.util.List.of("status", "lifecycle", "routed", "mql");
}
