package io.revbridge.sync;

import io.revbridge.model.RecordRef;
import io.revbridge.predictive.ActiveModels;
import io.revbridge.predictive.ActivityFeatures;
import io.revbridge.predictive.Feature;
import io.revbridge.predictive.PredictedObject;
import io.revbridge.predictive.PredictiveSettings;
import io.revbridge.predictive.ScoreSource;
import io.revbridge.predictive.ServingSettings;
import io.revbridge.store.ActivityStore;
import io.revbridge.store.CursorStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pipelines' view of predictive scoring: which model serves a batch (none while the playbook keeps the rules
 * in charge, or while no model is active), how it is used, and how many factors to write.
 */
final class PredictiveStage {
  private final PredictiveSettings settings;
  private final ActiveModels models;
  private final ActivityStore activities;
  private final CursorStore cursors;

  PredictiveStage(PredictiveSettings settings, ActiveModels models, ActivityStore activities, CursorStore cursors) {
    this.settings = settings;
    this.models = models;
    this.activities = activities;
    this.cursors = cursors;
  }

  /**
   * The stored calls, emails and meetings of a batch's people (or deals) before {@code now}, as training counted
   * them from the CRM; empty when the connection reads no activities, or has not read them yet (a pass reads
   * records first, activities after), so the records get no activity features rather than counts of zero that are
   * not true.
   */
  Optional<Map<String, List<ActivityStore.Touch>>> touches(ConnectionContext ctx, Collection<RecordRef> refs,
      boolean deals, Instant now) {
    List<String> objects = ctx.connection().activities().objectTypes();
    if (objects.isEmpty()
        || objects.stream().anyMatch(o -> cursors.get(ctx.name(), ActivitySync.PREFIX + o).isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(activities.touches(refs.stream().map(RecordRef::key).toList(), deals, now));
  }

  /** Adds a record's activity features when the connection reads activities. */
  static List<Feature> withActivities(List<Feature> features, Optional<Map<String, List<ActivityStore.Touch>>> touches,
      RecordRef ref, Instant now) {
    if (touches.isEmpty()) {
      return features;
    }
    List<Feature> all = new ArrayList<>(features);
    ActivityFeatures.add(touches.get().getOrDefault(ref.key(), List.of()), now, all);
    return all;
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
