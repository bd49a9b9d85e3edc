package io.revbridge.predictive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A trained model as serving uses it: log-odds from the model, a calibrated probability, and the features that
 * moved it most. For the logistic regression a handful of map lookups per record; immutable and thread-safe.
 */
public record ScoringModel(PredictedObject object, LearnedModel learned, Calibrator calibrator) {
  /** Contributions smaller than this (in log-odds) are not worth a rep's attention. */
  static final double MIN_CONTRIBUTION = 0.05;

  /** @param factors how many positive and how many negative factors to name at most */
  public Prediction predict(List<Feature> features, int factors) {
    LearnedModel.Explained explained = learned.explain(features);
    double p = calibrator.probability(explained.logit());
    double[] parts = explained.contributions();
    List<Factor> up = new ArrayList<>();
    List<Factor> down = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      Feature f = features.get(i);
      double w = parts[i];
      if (w >= MIN_CONTRIBUTION) {
        up.add(new Factor(f, w));
      } else if (w <= -MIN_CONTRIBUTION) {
        down.add(new Factor(f, w));
      }
    }
    up.sort(Comparator.comparingDouble(Factor::contribution).reversed());
    down.sort(Comparator.comparingDouble(Factor::contribution));
    return new Prediction(object, p, (int) Math.round(p * 100), up.subList(0, Math.min(factors, up.size())),
        down.subList(0, Math.min(factors, down.size())));
  }
}
