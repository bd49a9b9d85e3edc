package io.revbridge.spi;

import io.revbridge.model.RecordRef;
import java.util.Optional;

/**
 * The outcome of one item of a batch write.
 *
 * @param ref the written record; for a created task, the new record's ref
 * @param error empty on success
 */
public record WriteResult(String idempotencyKey, Optional<RecordRef> ref, Optional<CrmError> error) {
  public static WriteResult ok(String idempotencyKey, RecordRef ref) {
    return new WriteResult(idempotencyKey, Optional.of(ref), Optional.empty());
  }

  public static WriteResult failed(String idempotencyKey, CrmError error) {
    return new WriteResult(idempotencyKey, Optional.empty(), Optional.of(error));
  }

  public boolean succeeded() {
    return error.isEmpty();
  }
}
