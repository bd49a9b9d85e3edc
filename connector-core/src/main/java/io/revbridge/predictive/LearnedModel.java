package io.revbridge.predictive;

import java.util.List;

/**
 * What a trained model computes for a record, before calibration: its log-odds, and each of its features' part in
 * them (a linear model's weights; a tree ensemble's SHAP values). Implementations are immutable and thread-safe.
 */
public sealed interface LearnedModel permits LinearModel, TreeModel {
  double logit(List<Feature> features);

  /** Each feature's contribution to the log-odds, in the order given; 0 for one the model never saw. */
  double[] contributions(List<Feature> features);

  /** Both at once, which for trees is one pass through the native library instead of two. */
  default Explained explain(List<Feature> features) {
    return new Explained(logit(features), contributions(features));
  }

  /** A record's log-odds and its features' parts in them. */
  record Explained(double logit, double[] contributions) {}
}
