package io.revbridge.predictive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Fits gradient-boosted trees with XGBoost (binary log loss, learning rate 0.1, one thread so the other work on the
 * machine keeps its cores). Deterministic for a seed. XGBoost is a native library: where it does not load (a libc
 * or CPU it was not built for) training says so and names the setting that avoids it.
 */
public final class GbtTrainer {
  static final double LEARNING_RATE = 0.1;

  private final int trees;
  private final int depth;
  private final long seed;

  public GbtTrainer(int trees, int depth, long seed) {
    this.trees = trees;
    this.depth = depth;
    this.seed = seed;
  }

  /** @throws IllegalArgumentException without both outcomes among the examples */
  public TreeModel train(List<Example> examples) {
    if (examples.stream().noneMatch(Example::positive) || examples.stream().allMatch(Example::positive)) {
      throw new IllegalArgumentException("training needs both outcomes among the examples");
    }
    TreeSet<String> keySet = new TreeSet<>();
    examples.forEach(e -> e.features().forEach(f -> keySet.add(f.key())));
    List<String> keys = new ArrayList<>(keySet);
    DMatrix data = null;
    try {
      Map<String, Integer> columns = TreeModel.columns(keys);
      float[] x = new float[examples.size() * keys.size()];
      float[] y = new float[examples.size()];
      for (int i = 0; i < examples.size(); i++) {
        System.arraycopy(TreeModel.row(columns, keys.size(), examples.get(i).features()), 0, x, i * keys.size(), keys.size());
        y[i] = examples.get(i).positive() ? 1 : 0;
      }
      data = new DMatrix(x, examples.size(), keys.size(), Float.NaN);
      data.setLabel(y);
      Map<String, Object> params = Map.of("objective", "binary:logistic", "eta", LEARNING_RATE,
          "max_depth", depth, "nthread", 1, "seed", seed, "verbosity", 0);
      Booster booster = XGBoost.train(data, params, trees, Map.of(), null, null);
      return TreeModel.of(keys, exclusiveGroups(examples), booster);
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost could not train: " + e.getMessage(), e);
    } catch (LinkageError e) {
      throw noNativeLibrary(e);
    } finally {
      if (data != null) {
        data.dispose();
      }
    }
  }

  /** Groups of which no example has two features (one size band, one source, ...). */
  static Set<String> exclusiveGroups(List<Example> examples) {
    Set<String> all = new HashSet<>();
    Set<String> shared = new HashSet<>();
    for (Example e : examples) {
      Set<String> seen = new HashSet<>();
      for (Feature f : e.features()) {
        all.add(f.group());
        if (!seen.add(f.group())) {
          shared.add(f.group());
        }
      }
    }
    all.removeAll(shared);
    return all;
  }

  static IllegalStateException noNativeLibrary(LinkageError e) {
    return new IllegalStateException("gradient-boosted trees need XGBoost's native library, which did not load on "
        + "this machine (" + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ": "
        + e.getMessage() + "); set training.model: logistic in predictive.yaml", e);
  }
}
