package io.revbridge.predictive;

import java.util.List;
import java.util.Map;

/**
 * A logistic regression over indicator features: log-odds = intercept + the weights of the features present. What
 * the store keeps and serving evaluates; a feature the model never saw weighs nothing.
 */
public record LinearModel(double intercept, Map<String, Double> weights) implements LearnedModel {
  public LinearModel {
    weights = Map.copyOf(weights);
  }

  @Override
  public double logit(List<Feature> features) {
    double x = intercept;
    for (int i = 0, n = features.size(); i < n; i++) {
      Double w = weights.get(features.get(i).key());
      if (w != null) {
        x += w;
      }
    }
    return x;
  }

  @Override
  public double[] contributions(List<Feature> features) {
    double[] out = new double[features.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = weight(features.get(i).key());
    }
    return out;
  }

  public double weight(String key) {
    return weights.getOrDefault(key, 0.0);
  }

  static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }
}
