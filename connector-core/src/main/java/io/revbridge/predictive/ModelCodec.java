package io.revbridge.predictive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.revbridge.store.ModelRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Models to and from the store's rows: weights, calibration, evaluation and feature list as JSON. Plain numbers and
 * names, never serialized Java objects, so a stored model cannot run code when it is read back.
 */
public final class ModelCodec {
  /** What the algorithm column says of a logistic regression. */
  public static final String ALGORITHM = "logistic-regression-l2";
  /** ... and of gradient-boosted trees. */
  public static final String TREES = "gradient-boosted-trees-xgboost";

  private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

  private ModelCodec() {}

  public static ModelRow toRow(TrainedModel m, String connection, Optional<LocalDate> since, Instant now) {
    String algorithm;
    String params;
    if (m.learned() instanceof LinearModel linear) {
      algorithm = ALGORITHM;
      params = write(new ModelParams(linear.intercept(), linear.weights(), m.calibrator()));
    } else {
      TreeModel trees = (TreeModel) m.learned();
      algorithm = TREES;
      params = write(new TreeParams(trees.keys(), trees.exclusiveGroups(), trees.json(), m.calibrator()));
    }
    return new ModelRow(0, connection, m.object().cliName(), algorithm, params, write(m.features()),
        write(m.evaluation()), since.orElse(null), m.trainFrom(), m.trainTo(), m.testFrom(), m.testTo(),
        m.trainRecords(), m.calibrationRecords(), m.testRecords(), now, false);
  }

  /** @throws IllegalStateException when the row is not a model this version can serve */
  public static ScoringModel scoring(ModelRow row) {
    PredictedObject object = PredictedObject.parse(row.objectKind()).orElseThrow(() ->
        new IllegalStateException("model " + row.id() + " predicts unknown kind '" + row.objectKind() + "'"));
    if (ALGORITHM.equals(row.algorithm())) {
      ModelParams p = read(row.paramsJson(), ModelParams.class);
      return new ScoringModel(object, new LinearModel(p.intercept(), p.weights()), p.calibrator());
    }
    if (TREES.equals(row.algorithm())) {
      TreeParams p = read(row.paramsJson(), TreeParams.class);
      return new ScoringModel(object, TreeModel.fromJson(p.features(), p.exclusiveGroups(), p.xgboostJson()), p.calibrator());
    }
    throw new IllegalStateException("model " + row.id() + " is a '" + row.algorithm() + "' model, which this "
        + "version of Revbridge cannot serve; activate another one or train again");
  }

  public static Evaluation evaluation(ModelRow row) {
    return read(row.metricsJson(), Evaluation.class);
  }

  public static List<FeatureWeight> features(ModelRow row) {
    try {
      return JSON.readValue(row.featuresJson(), new TypeReference<List<FeatureWeight>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("model " + row.id() + " has an unreadable feature list", e);
    }
  }

  public static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  static <T> T read(String json, Class<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable stored " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }
}
