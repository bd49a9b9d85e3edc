package io.revbridge.predictive;

import java.util.Locale;

/**
 * The learned model and the rule model measured on the same held-out records, and what an admin should make of it.
 *
 * @param noSignal the learned model ranks no better than a coin: its AUC is below {@value #MIN_AUC} or its 95%
 *     confidence interval reaches down to 0.5
 */
public record Evaluation(Metrics learned, Metrics rules, boolean noSignal, String verdict) {
  /** Below this held-out AUC a model is "no signal" however narrow its interval. */
  public static final double MIN_AUC = 0.55;

  public static Evaluation of(Metrics learned, Metrics rules) {
    boolean noSignal = learned.auc() < MIN_AUC || learned.aucLow() <= 0.5;
    String verdict;
    if (noSignal) {
      verdict = String.format(Locale.ROOT, "no signal: the learned model's AUC %.3f (95%% CI %.3f–%.3f) is no "
          + "better than a coin on %d held-out records; keep the rules in charge", learned.auc(), learned.aucLow(),
          learned.aucHigh(), learned.records());
    } else if (learned.auc() > rules.auc()) {
      verdict = String.format(Locale.ROOT, "the learned model ranks better than the rules: AUC %.3f against %.3f, "
          + "top-decile lift %.2f against %.2f", learned.auc(), rules.auc(), learned.topDecileLift(),
          rules.topDecileLift());
    } else {
      verdict = String.format(Locale.ROOT, "the rules rank as well or better: AUC %.3f against the learned "
          + "model's %.3f; keep the rules in charge", rules.auc(), learned.auc());
    }
    return new Evaluation(learned, rules, noSignal, verdict);
  }

  /** Whether the learned model earned its place: a signal, and better ranking than the rules. */
  public boolean learnedWins() {
    return !noSignal && learned.auc() > rules.auc();
  }
}
