package io.revbridge.predictive;

import java.util.List;

/**
 * Platt scaling: probability = sigmoid(a · logit + b), a and b fitted by Newton's method on the calibration slice
 * with Platt's smoothed targets, so a slice without one outcome still gives finite numbers.
 */
public record PlattCalibrator(double a, double b) implements Calibrator {
  @Override
  public double probability(double logit) {
    return Calibrator.clip(LinearModel.sigmoid(a * logit + b));
  }

  @Override
  public String method() {
    return "platt";
  }

  /** @param logits raw log-odds of the calibration slice, in the order of {@code outcomes} */
  public static PlattCalibrator fit(double[] logits, List<Boolean> outcomes) {
    int positives = (int) outcomes.stream().filter(o -> o).count();
    int negatives = outcomes.size() - positives;
    double hi = (positives + 1.0) / (positives + 2.0);
    double lo = 1.0 / (negatives + 2.0);
    double a = 1;
    double b = 0;
    for (int iteration = 0; iteration < 100; iteration++) {
      double ga = 0;
      double gb = 0;
      double haa = 1e-9;
      double hab = 0;
      double hbb = 1e-9;
      for (int i = 0; i < logits.length; i++) {
        double t = outcomes.get(i) ? hi : lo;
        double p = LinearModel.sigmoid(a * logits[i] + b);
        double d = p - t;
        double w = p * (1 - p);
        ga += d * logits[i];
        gb += d;
        haa += w * logits[i] * logits[i];
        hab += w * logits[i];
        hbb += w;
      }
      double det = haa * hbb - hab * hab;
      if (Math.abs(det) < 1e-12) {
        break;
      }
      double da = (hbb * ga - hab * gb) / det;
      double db = (haa * gb - hab * ga) / det;
      a -= da;
      b -= db;
      if (Math.abs(da) < 1e-9 && Math.abs(db) < 1e-9) {
        break;
      }
    }
    return new PlattCalibrator(a, b);
  }
}
