package io.revbridge.predictive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Gradient-boosted trees (XGBoost) over the indicator features: one column per feature key the training set had, 1
 * when the record has the fact and 0 when not. Log-odds are the ensemble's margin; a feature's contribution is its
 * SHAP value, so the factors add up the same way a linear model's weights do. In a group whose values exclude each
 * other (one size band, one source) the trees may split on any of its columns, so the present value takes the whole
 * group's SHAP: "no email engagement" carries what the absent "engaged with 1–4 emails" column says. Kept and stored as XGBoost's own JSON
 * model (data, not code). Each call goes through XGBoost's native library (tens of microseconds); calls are
 * serialised on the booster, so the model can be shared between threads.
 */
public final class TreeModel implements LearnedModel {
  private final List<String> keys;
  private final Set<String> exclusiveGroups;
  private final Map<String, Integer> columns;
  private final String json;
  private final Booster booster;

  private TreeModel(List<String> keys, Set<String> exclusiveGroups, String json, Booster booster) {
    this.keys = List.copyOf(keys);
    this.exclusiveGroups = Set.copyOf(exclusiveGroups);
    this.json = json;
    this.booster = booster;
    this.columns = columns(this.keys);
  }

  /** Column of each feature key. */
  static Map<String, Integer> columns(List<String> keys) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      index.put(keys.get(i), i);
    }
    return Map.copyOf(index);
  }

  /** A record's row: 1 in the column of each feature it has, 0 elsewhere; features without a column are ignored. */
  static float[] row(Map<String, Integer> columns, int width, List<Feature> features) {
    float[] x = new float[width];
    for (Feature f : features) {
      Integer column = columns.get(f.key());
      if (column != null) {
        x[column] = 1;
      }
    }
    return x;
  }

  static TreeModel of(List<String> keys, Set<String> exclusiveGroups, Booster booster) {
    try {
      return new TreeModel(keys, exclusiveGroups, new String(booster.toByteArray("json"), StandardCharsets.UTF_8),
          booster);
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost could not export the trained trees: " + e.getMessage(), e);
    }
  }

  /**
   * A stored model back.
   *
   * @throws IllegalStateException when XGBoost's native library does not load here, or the model is unreadable
   */
  public static TreeModel fromJson(List<String> keys, Set<String> exclusiveGroups, String json) {
    try {
      return new TreeModel(keys, exclusiveGroups, json, XGBoost.loadModel(json.getBytes(StandardCharsets.UTF_8)));
    } catch (XGBoostError | IOException e) {
      throw new IllegalStateException("unreadable stored XGBoost model: " + e.getMessage(), e);
    } catch (LinkageError e) {
      throw GbtTrainer.noNativeLibrary(e);
    }
  }

  /** The feature keys, in column order. */
  public List<String> keys() {
    return keys;
  }

  /** Feature groups of which no training record had two values. */
  public Set<String> exclusiveGroups() {
    return exclusiveGroups;
  }

  /** XGBoost's JSON model. */
  public String json() {
    return json;
  }

  @Override
  public double logit(List<Feature> features) {
    return run(features, false)[0];
  }

  @Override
  public double[] contributions(List<Feature> features) {
    return explain(features).contributions();
  }

  /** One native call: the SHAP values and the bias add up to the margin. */
  @Override
  public Explained explain(List<Feature> features) {
    float[] shap = run(features, true);
    double margin = 0;
    for (float v : shap) {
      margin += v;
    }
    Map<String, Double> groupTotals = new HashMap<>();
    for (int c = 0; c < keys.size(); c++) {
      String group = Feature.groupOf(keys.get(c));
      if (exclusiveGroups.contains(group)) {
        groupTotals.merge(group, (double) shap[c], Double::sum);
      }
    }
    Map<String, Integer> present = new HashMap<>();
    features.forEach(f -> present.merge(f.group(), 1, Integer::sum));
    double[] out = new double[features.size()];
    for (int i = 0; i < out.length; i++) {
      Feature f = features.get(i);
      Integer column = columns.get(f.key());
      if (column == null) {
        out[i] = 0;
      } else if (groupTotals.containsKey(f.group()) && present.get(f.group()) == 1) {
        out[i] = groupTotals.get(f.group());
      } else {
        out[i] = shap[column];
      }
    }
    return new Explained(margin, out);
  }

  /** One row's margin, or its SHAP values (one per column, then the bias). */
  private synchronized float[] run(List<Feature> features, boolean contributions) {
    DMatrix row = null;
    try {
      row = new DMatrix(row(columns, keys.size(), features), 1, keys.size(), Float.NaN);
      return contributions ? booster.predictContrib(row, 0)[0] : booster.predict(row, true)[0];
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost could not score a record: " + e.getMessage(), e);
    } finally {
      if (row != null) {
        row.dispose();
      }
    }
  }
}
