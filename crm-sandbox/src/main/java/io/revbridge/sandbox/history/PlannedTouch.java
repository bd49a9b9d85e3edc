package io.revbridge.sandbox.history;

/**
 * A call, email or meeting a rep logged on a historical lead or deal, placed relative to its outcome.
 *
 * @param minutesBeforeOutcome how long before the outcome was set; negative for after it (a customer's kick-off)
 */
public record PlannedTouch(Kind kind, long minutesBeforeOutcome) {
  public enum Kind {
    CALL,
    EMAIL,
    MEETING
  }
}
