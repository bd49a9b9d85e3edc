package io.revbridge.predictive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Isotonic regression: a non-decreasing step function from log-odds to the share of good outcomes, fitted with the
 * pool-adjacent-violators algorithm on the calibration slice; between steps the probability is interpolated.
 * Needs more calibration data than Platt scaling but assumes no shape.
 *
 * @param logits the steps' log-odds, ascending
 * @param probabilities the probability at each step, non-decreasing
 */
public record IsotonicCalibrator(double[] logits, double[] probabilities) implements Calibrator {
  public IsotonicCalibrator {
    if (logits.length == 0 || logits.length != probabilities.length) {
      throw new IllegalArgumentException("isotonic calibration needs as many probabilities as steps, at least one");
    }
    logits = logits.clone();
    probabilities = probabilities.clone();
  }

  @Override
  public double probability(double logit) {
    int i = Arrays.binarySearch(logits, logit);
    if (i >= 0) {
      return Calibrator.clip(probabilities[i]);
    }
    int above = -i - 1;
    if (above == 0) {
      return Calibrator.clip(probabilities[0]);
    }
    if (above == logits.length) {
      return Calibrator.clip(probabilities[logits.length - 1]);
    }
    double x0 = logits[above - 1];
    double x1 = logits[above];
    double share = (logit - x0) / (x1 - x0);
    return Calibrator.clip(probabilities[above - 1] + share * (probabilities[above] - probabilities[above - 1]));
  }

  @Override
  public String method() {
    return "isotonic";
  }

  public static IsotonicCalibrator fit(double[] logits, List<Boolean> outcomes) {
    Integer[] order = new Integer[logits.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> logits[i]));
    List<double[]> blocks = new ArrayList<>(); // {sum of outcomes, count, mean logit}
    for (int i : order) {
      blocks.add(new double[] {outcomes.get(i) ? 1 : 0, 1, logits[i]});
      while (blocks.size() > 1 && mean(blocks.get(blocks.size() - 2)) >= mean(blocks.get(blocks.size() - 1))) {
        double[] last = blocks.remove(blocks.size() - 1);
        double[] prev = blocks.get(blocks.size() - 1);
        prev[2] = (prev[2] * prev[1] + last[2] * last[1]) / (prev[1] + last[1]);
        prev[0] += last[0];
        prev[1] += last[1];
      }
    }
    double[] x = new double[blocks.size()];
    double[] y = new double[blocks.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = blocks.get(i)[2];
      y[i] = mean(blocks.get(i));
    }
    return new IsotonicCalibrator(x, y);
  }

  private static double mean(double[] block) {
    return block[0] / block[1];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IsotonicCalibrator other && Arrays.equals(logits, other.logits)
        && Arrays.equals(probabilities, other.probabilities);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(logits) + Arrays.hashCode(probabilities);
  }

  @Override
  public String toString() {
    return "IsotonicCalibrator[" + logits.length + " steps]";
  }
}
