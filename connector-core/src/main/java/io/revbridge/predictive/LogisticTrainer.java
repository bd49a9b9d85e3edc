package io.revbridge.predictive;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGradRDA;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Fits an L2-regularised logistic regression with Tribuo (log loss, AdaGrad with regularised dual averaging) and
 * hands back its weights as a {@link LinearModel}. Tribuo trains a two-class softmax; the difference of the two rows
 * is the binary model's weights. Deterministic for a seed.
 */
public final class LogisticTrainer {
  /** Tribuo logs every thousand SGD steps at INFO; held strongly so the level sticks. */
  private static final java.util.logging.Logger TRIBUO_SGD =
      java.util.logging.Logger.getLogger("org.tribuo.common.sgd");

  static {
    TRIBUO_SGD.setLevel(java.util.logging.Level.WARNING);
  }

  static final String YES = "yes";
  static final String NO = "no";

  private final double l2;
  private final int epochs;
  private final long seed;

  /**
   * @param l2 the L2 penalty (larger: smaller weights, less over-fitting to rare features)
   * @param epochs passes over the training set
   */
  public LogisticTrainer(double l2, int epochs, long seed) {
    this.l2 = l2;
    this.epochs = epochs;
    this.seed = seed;
  }

  /** @throws IllegalArgumentException without both outcomes among the examples */
  public LinearModel train(List<Example> examples) {
    if (examples.stream().noneMatch(Example::positive) || examples.stream().allMatch(Example::positive)) {
      throw new IllegalArgumentException("training needs both outcomes among the examples");
    }
    LabelFactory labels = new LabelFactory();
    MutableDataset<Label> data =
        new MutableDataset<>(new SimpleDataSourceProvenance("revbridge closed history", labels), labels);
    for (Example e : examples) {
      data.add(tribuoExample(e.features(), e.positive()));
    }
    LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(),
        new AdaGradRDA(0.1, 1e-6, 0, l2, examples.size()), epochs, seed);
    LinearSGDModel model = trainer.train(data);
    return weightsOf(model);
  }

  static ArrayExample<Label> tribuoExample(List<Feature> features, boolean positive) {
    ArrayExample<Label> example = new ArrayExample<>(new Label(positive ? YES : NO));
    Set<String> keys = new LinkedHashSet<>();
    features.forEach(f -> keys.add(f.key()));
    for (String key : keys) {
      example.add(key, 1.0);
    }
    return example;
  }

  private static LinearModel weightsOf(LinearSGDModel model) {
    DenseMatrix w = model.getWeightsCopy();
    int yes = model.getOutputIDInfo().getID(new Label(YES));
    int no = model.getOutputIDInfo().getID(new Label(NO));
    ImmutableFeatureMap features = model.getFeatureIDMap();
    int n = features.size();
    if (w.getDimension1Size() != 2 || w.getDimension2Size() != n + 1) {
      throw new IllegalStateException("unexpected Tribuo weight matrix " + w.getDimension1Size() + "x"
          + w.getDimension2Size() + " for " + n + " features");
    }
    Map<String, Double> weights = new HashMap<>();
    for (int id = 0; id < n; id++) {
      double value = w.get(yes, id) - w.get(no, id);
      if (value != 0) {
        weights.put(features.get(id).getName(), value);
      }
    }
    return new LinearModel(w.get(yes, n) - w.get(no, n), weights);
  }
}
