package io.revbridge.predictive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * From closed history to an evaluated model: checks there is enough of it, splits it by time (train on the oldest,
 * calibrate on the next slice, test on the newest), fits the regularised logistic regression (or gradient-boosted
 * trees when the settings say {@code gbt}), calibrates it, and
 * measures it and the rule model on the same held-out records. A pure function of its input.
 */
public final class ModelTrainer {
  private final TrainingSettings settings;

  public ModelTrainer(TrainingSettings settings) {
    this.settings = settings;
  }

  /**
   * @param what how the history was chosen, for the refusal message ("since 2025-01-01 on connection hubspot")
   * @throws NotEnoughHistoryException with fewer good or bad outcomes than the settings' minimums
   */
  public TrainedModel train(PredictedObject object, List<Example> history, String what) {
    int positives = (int) history.stream().filter(Example::positive).count();
    int negatives = history.size() - positives;
    if (positives < settings.minPositives() || negatives < settings.minNegatives()) {
      String good = object == PredictedObject.LEADS ? "converted" : "won";
      String bad = object == PredictedObject.LEADS ? "disqualified" : "lost";
      throw new NotEnoughHistoryException("Not enough closed history to train the " + object.cliName()
          + " model: " + positives + " " + good + " and " + negatives + " " + bad + " " + what
          + "; at least " + settings.minPositives() + " " + good + " and " + settings.minNegatives() + " " + bad
          + " are needed (predictive.yaml: training.minPositives, training.minNegatives). Nothing was trained; "
          + "the rule model stays in charge.", positives, negatives);
    }
    TimeSplit split = TimeSplit.of(history, settings.calibrationShare(), settings.testShare());
    for (List<Example> part : List.of(split.train(), split.calibration(), split.test())) {
      if (part.stream().noneMatch(Example::positive) || part.stream().allMatch(Example::positive)) {
        throw new NotEnoughHistoryException("The " + object.cliName() + " history " + what + " has a time slice "
            + "with only one outcome (all won or all lost), so a model cannot be trained and tested on it; widen "
            + "--since or wait for more closed records. The rule model stays in charge.", positives, negatives);
      }
    }
    LearnedModel learned = settings.model().equals("gbt")
        ? new GbtTrainer(settings.trees(), settings.depth(), settings.seed()).train(split.train())
        : new LogisticTrainer(settings.l2(), settings.epochs(), settings.seed()).train(split.train());
    double[] calibrationLogits = logits(learned, split.calibration());
    List<Boolean> calibrationOutcomes = split.calibration().stream().map(Example::positive).toList();
    Calibrator calibrator = settings.calibration().equals("isotonic")
        ? IsotonicCalibrator.fit(calibrationLogits, calibrationOutcomes)
        : PlattCalibrator.fit(calibrationLogits, calibrationOutcomes);
    Evaluation evaluation = evaluate(new ScoringModel(object, learned, calibrator), split.test());
    return new TrainedModel(object, learned, calibrator, split.trainFrom(), split.trainTo(), split.testFrom(),
        split.testTo(), split.train().size(), split.calibration().size(), split.test().size(), evaluation,
        featureWeights(learned, split.train()));
  }

  /** The model and the rules on the same records. */
  public static Evaluation evaluate(ScoringModel model, List<Example> heldOut) {
    double[] learned = new double[heldOut.size()];
    double[] rules = new double[heldOut.size()];
    boolean[] outcomes = new boolean[heldOut.size()];
    for (int i = 0; i < heldOut.size(); i++) {
      Example e = heldOut.get(i);
      learned[i] = model.calibrator().probability(model.learned().explain(e.features()).logit());
      rules[i] = e.ruleProbability();
      outcomes[i] = e.positive();
    }
    return Evaluation.of(Metrics.of(learned, outcomes), Metrics.of(rules, outcomes));
  }

  private static double[] logits(LearnedModel model, List<Example> examples) {
    double[] out = new double[examples.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = model.explain(examples.get(i).features()).logit(); // as serving computes it
    }
    return out;
  }

  /**
   * Each feature's weight: a linear model's own; for trees the mean contribution (SHAP, in log-odds) on the training
   * records that have the feature, which reads the same way.
   */
  private static List<FeatureWeight> featureWeights(LearnedModel model, List<Example> train) {
    Map<String, String> text = new LinkedHashMap<>();
    Map<String, Integer> count = new HashMap<>();
    Map<String, Double> sum = new HashMap<>();
    for (Example e : train) {
      double[] parts = model instanceof LinearModel ? null : model.contributions(e.features());
      for (int i = 0; i < e.features().size(); i++) {
        Feature f = e.features().get(i);
        text.putIfAbsent(f.key(), f.text());
        count.merge(f.key(), 1, Integer::sum);
        if (parts != null) {
          sum.merge(f.key(), parts[i], Double::sum);
        }
      }
    }
    List<FeatureWeight> out = new ArrayList<>();
    text.forEach((key, t) -> out.add(new FeatureWeight(key, t, model instanceof LinearModel linear
        ? linear.weight(key) : sum.get(key) / count.get(key), count.get(key))));
    out.sort((a, b) -> Double.compare(Math.abs(b.weight()), Math.abs(a.weight())));
    return out;
  }
}
