package io.revbridge.routing;

/**
 * When a lead enters a sequence: {@code status} (its lead status is {@code value}), {@code lifecycle} (its lifecycle
 * stage is {@code value}, e.g. an MQL crossing) or {@code routed} (routing just gave it a new owner and its grade
 * is {@code value}).
 */
public record SequenceTrigger(String kind, String value) {
  public static final java.util.List<String> KINDS = java.util.List.of("status", "lifecycle", "routed");
}
