package io.revbridge.predictive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How well probabilities predicted outcomes on a set of records.
 *
 * @param auc ROC AUC: the chance that a random good record is ranked above a random bad one (0.5: no better than
 *     a coin)
 * @param aucLow lower end of the AUC's 95% confidence interval (Hanley and McNeil's standard error)
 * @param aucHigh upper end of it
 * @param logLoss mean negative log-likelihood (lower is better; 0.693 is a coin)
 * @param brier mean squared error of the probabilities (lower is better)
 * @param topDecileLift outcome rate of the 10% ranked highest over the overall rate (1: no lift)
 * @param reliability ten bins of predicted probability, 0–10% to 90–100%
 */
public record Metrics(
    int records,
    int positives,
    double auc,
    double aucLow,
    double aucHigh,
    double logLoss,
    double brier,
    double topDecileLift,
    List<ReliabilityBin> reliability) {

  public Metrics {
    reliability = List.copyOf(reliability);
  }

  /** @throws IllegalArgumentException without both outcomes, where AUC means nothing */
  public static Metrics of(double[] probabilities, boolean[] outcomes) {
    int n = probabilities.length;
    if (n != outcomes.length) {
      throw new IllegalArgumentException("as many outcomes as probabilities needed");
    }
    int positives = 0;
    for (boolean o : outcomes) {
      positives += o ? 1 : 0;
    }
    int negatives = n - positives;
    if (positives == 0 || negatives == 0) {
      throw new IllegalArgumentException("the held-out records need both outcomes to be evaluated, had "
          + positives + " good and " + negatives + " bad");
    }
    double auc = auc(probabilities, outcomes, positives, negatives);
    double q1 = auc / (2 - auc);
    double q2 = 2 * auc * auc / (1 + auc);
    double se = Math.sqrt((auc * (1 - auc) + (positives - 1) * (q1 - auc * auc)
        + (negatives - 1) * (q2 - auc * auc)) / ((double) positives * negatives));
    double logLoss = 0;
    double brier = 0;
    for (int i = 0; i < n; i++) {
      double p = Calibrator.clip(probabilities[i]);
      logLoss -= outcomes[i] ? Math.log(p) : Math.log(1 - p);
      double y = outcomes[i] ? 1 : 0;
      brier += (probabilities[i] - y) * (probabilities[i] - y);
    }
    return new Metrics(n, positives, auc, Math.max(0, auc - 1.96 * se), Math.min(1, auc + 1.96 * se),
        logLoss / n, brier / n, lift(probabilities, outcomes, positives), bins(probabilities, outcomes));
  }

  /** Mann–Whitney: average rank of the good records, ties sharing their ranks. */
  private static double auc(double[] p, boolean[] outcomes, int positives, int negatives) {
    Integer[] order = order(p, false);
    double rankSum = 0;
    int i = 0;
    while (i < order.length) {
      int j = i;
      while (j + 1 < order.length && p[order[j + 1]] == p[order[i]]) {
        j++;
      }
      double rank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        if (outcomes[order[k]]) {
          rankSum += rank;
        }
      }
      i = j + 1;
    }
    return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
  }

  private static double lift(double[] p, boolean[] outcomes, int positives) {
    Integer[] order = order(p, true);
    int top = Math.max(1, (int) Math.round(p.length / 10.0));
    int hits = 0;
    for (int k = 0; k < top; k++) {
      hits += outcomes[order[k]] ? 1 : 0;
    }
    return (hits / (double) top) / (positives / (double) p.length);
  }

  private static List<ReliabilityBin> bins(double[] p, boolean[] outcomes) {
    int[] count = new int[10];
    double[] predicted = new double[10];
    int[] good = new int[10];
    for (int i = 0; i < p.length; i++) {
      int bin = Math.min(9, (int) Math.floor(p[i] * 10));
      count[bin]++;
      predicted[bin] += p[i];
      good[bin] += outcomes[i] ? 1 : 0;
    }
    List<ReliabilityBin> out = new ArrayList<>(10);
    for (int b = 0; b < 10; b++) {
      out.add(new ReliabilityBin(b / 10.0, (b + 1) / 10.0, count[b],
          count[b] == 0 ? 0 : predicted[b] / count[b], count[b] == 0 ? 0 : good[b] / (double) count[b]));
    }
    return out;
  }

  private static Integer[] order(double[] p, boolean descending) {
    Integer[] order = new Integer[p.length];
    Arrays.setAll(order, i -> i);
    Comparator<Integer> byP = Comparator.comparingDouble(i -> p[i]);
    Arrays.sort(order, descending ? byP.reversed() : byP);
    return order;
  }
}
