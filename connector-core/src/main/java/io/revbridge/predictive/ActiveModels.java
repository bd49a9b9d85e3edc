package io.revbridge.predictive;

import io.revbridge.store.ModelRow;
import io.revbridge.store.ModelStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The model in charge of each connection's record kind, as the store says at the time of asking (so an activation
 * or rollback takes effect at the next batch, on every instance sharing the store). Parsed models are kept by id:
 * asking costs one indexed query, not a parse. Thread-safe.
 */
public final class ActiveModels {
  private final ModelStore store;
  private final Map<Long, ActiveModel> parsed = new ConcurrentHashMap<>();

  /** A served model with its id, for the audit trail. */
  public record ActiveModel(long id, ScoringModel model) {}

  public ActiveModels(ModelStore store) {
    this.store = store;
  }

  /**
   * @return empty when no model is active, or when the active one cannot be served by this version (the rules
   *     stay in charge rather than the sync failing)
   */
  public Optional<ActiveModel> active(String connection, PredictedObject object) {
    Optional<ModelRow> row = store.active(connection, object.cliName());
    if (row.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(parsed.computeIfAbsent(row.get().id(),
          id -> new ActiveModel(id, ModelCodec.scoring(row.get()))));
    } catch (IllegalStateException unservable) {
      return Optional.empty();
    }
  }
}
