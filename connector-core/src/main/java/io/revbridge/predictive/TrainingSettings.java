package io.revbridge.predictive;

/**
 * How {@code score train} fits a model (the {@code training} section of {@code predictive.yaml}).
 *
 * @param minPositives fewer good outcomes than this and training refuses
 * @param minNegatives fewer bad outcomes than this and training refuses
 * @param calibration {@code platt} or {@code isotonic}
 * @param calibrationShare share of the history (after the training part, by time) that calibrates
 * @param testShare share of the newest history held out for the evaluation
 * @param l2 the L2 penalty of the logistic regression
 * @param epochs passes over the training part
 * @param seed makes training repeatable
 * @param model {@code logistic} (the L2 logistic regression) or {@code gbt} (gradient-boosted trees, XGBoost)
 * @param trees boosting rounds of {@code gbt}
 * @param depth maximum depth of each {@code gbt} tree
 */
public record TrainingSettings(int minPositives, int minNegatives, String calibration, double calibrationShare,
    double testShare, double l2, int epochs, long seed, String model, int trees, int depth) {
  public static final int DEFAULT_MIN_OUTCOMES = 200;
  public static final int DEFAULT_TREES = 150;
  public static final int DEFAULT_DEPTH = 3;

  public TrainingSettings {
    if (minPositives < 1 || minNegatives < 1) {
      throw new IllegalArgumentException("minPositives and minNegatives must be at least 1");
    }
    if (!calibration.equals("platt") && !calibration.equals("isotonic")) {
      throw new IllegalArgumentException("calibration must be platt or isotonic, was " + calibration);
    }
    if (calibrationShare <= 0 || testShare <= 0 || calibrationShare + testShare >= 0.9) {
      throw new IllegalArgumentException("calibrationShare and testShare must be above 0 and leave at least 10% "
          + "to train on");
    }
    if (l2 < 0) {
      throw new IllegalArgumentException("l2 must be >= 0, was " + l2);
    }
    if (epochs < 1 || epochs > 1000) {
      throw new IllegalArgumentException("epochs must be 1..1000, was " + epochs);
    }
    if (!"logistic".equals(model) && !"gbt".equals(model)) {
      throw new IllegalArgumentException("model must be logistic or gbt, was " + model);
    }
    if (trees < 1 || trees > 2000) {
      throw new IllegalArgumentException("trees must be 1..2000, was " + trees);
    }
    if (depth < 1 || depth > 10) {
      throw new IllegalArgumentException("depth must be 1..10, was " + depth);
    }
  }

  public static TrainingSettings defaults() {
    return new TrainingSettings(DEFAULT_MIN_OUTCOMES, DEFAULT_MIN_OUTCOMES, "platt", 0.2, 0.2, 0.001, 10, 17,
        "logistic", DEFAULT_TREES, DEFAULT_DEPTH);
  }

  public TrainingSettings withMinimums(int positives, int negatives) {
    return new TrainingSettings(positives, negatives, calibration, calibrationShare, testShare, l2, epochs, seed, model, trees,
        depth);
  }

  public TrainingSettings withCalibration(String method) {
    return new TrainingSettings(minPositives, minNegatives, method, calibrationShare, testShare, l2, epochs, seed, model, trees,
        depth);
  }

  public TrainingSettings withModel(String kind) {
    return new TrainingSettings(minPositives, minNegatives, calibration, calibrationShare, testShare, l2, epochs, seed,
        kind, trees, depth);
  }
}
