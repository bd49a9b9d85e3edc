package io.revbridge.sync;

import io.revbridge.predictive.ActiveModels;
import io.revbridge.predictive.PredictedObject;
import io.revbridge.predictive.PredictiveSettings;
import io.revbridge.predictive.ScoreSource;
import io.revbridge.predictive.ServingSettings;
import java.util.Optional;

/**
 * The pipelines' view of predictive scoring: which model serves a batch (none while the playbook keeps the rules
 * in charge, or while no model is active), how it is used, and how many factors to write.
 */
final class PredictiveStage {
  private final PredictiveSettings settings;
  private final ActiveModels models;

  PredictiveStage(PredictiveSettings settings, ActiveModels models) {
    this.settings = settings;
    this.models = models;
  }

  /** The model serving a batch of a connection's records; asked once per batch, so an activation counts at once. */
  Optional<ActiveModels.ActiveModel> forBatch(String connection, PredictedObject object) {
    if (settings.serving(object).use() == ScoreSource.RULES) {
      return Optional.empty();
    }
    return models.active(connection, object);
  }

  ServingSettings serving(PredictedObject object) {
    return settings.serving(object);
  }

  int factors() {
    return settings.factors();
  }

  /** What goes into the input fingerprint: another model or mode re-scores a record that arrives unchanged. */
  static String signature(Optional<ActiveModels.ActiveModel> model, ServingSettings serving) {
    return model.map(m -> "model " + m.id() + " " + serving).orElse("rules");
  }
}
