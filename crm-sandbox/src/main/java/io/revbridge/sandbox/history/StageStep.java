package io.revbridge.sandbox.history;

/**
 * An open stage a historical deal passed through before it closed, placed relative to its close.
 *
 * @param stage the stage's place in a five-stage pipeline, 0 the first, 4 the last before closing; each sandbox
 *     names it in its CRM's words
 * @param minutesBeforeClose how long before the close the deal entered it
 */
public record StageStep(int stage, long minutesBeforeClose) {
  public static final int STAGES = 5;

  public StageStep {
    if (stage < 0 || stage >= STAGES) {
      throw new IllegalArgumentException("stage must be 0.." + (STAGES - 1) + ", was " + stage);
    }
  }
}
