package io.revbridge.predictive;

/**
 * How the pipeline uses a record kind's active model.
 *
 * @param use {@code rules}: the learned model is not used; {@code predictive}: its score is in charge (and written
 *     beside the rule score); {@code blend}: {@code blendWeight} × predictive + (1 − blendWeight) × rules is in charge
 * @param blendWeight 0..1, the predictive share of a blend
 */
public record ServingSettings(ScoreSource use, double blendWeight) {
  public ServingSettings {
    if (use == null) {
      throw new IllegalArgumentException("use must not be null");
    }
    if (blendWeight < 0 || blendWeight > 1) {
      throw new IllegalArgumentException("blendWeight must be 0..1, was " + blendWeight);
    }
  }

  public static ServingSettings rules() {
    return new ServingSettings(ScoreSource.RULES, 0.5);
  }

  /** The score in charge, 0–100, from the rule score and the predictive one. */
  public int inCharge(int ruleScore, int predictiveScore) {
    return switch (use) {
      case RULES -> ruleScore;
      case PREDICTIVE -> predictiveScore;
      case BLEND -> (int) Math.round(blendWeight * predictiveScore + (1 - blendWeight) * ruleScore);
    };
  }
}
