package io.revbridge.scoring;

import java.util.List;

/**
 * A person's behavioural MQL score, whether it reaches the threshold, and the reasons in order of impact (they add
 * up to the score).
 */
public record MqlScore(int score, boolean qualified, List<ScoreReason> reasons) {
  public MqlScore {
    reasons = List.copyOf(reasons);
  }

  /** Whether going from {@code before} (null: never scored) to this crosses the threshold upwards. */
  public boolean crossedFrom(Boolean before) {
    return qualified && !Boolean.TRUE.equals(before);
  }
}
