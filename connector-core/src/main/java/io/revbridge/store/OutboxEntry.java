package io.revbridge.store;

import io.revbridge.model.RecordRef;
import java.time.Instant;

/**
 * A write as the outbox holds it.
 *
 * @param status {@link #PENDING} (waiting or between retries), {@link #DONE}, {@link #DEAD} or
 *     {@link #SKIPPED}
 * @param attempts failed attempts so far
 * @param nextAttemptAt not sent before this time
 * @param lastError why the last attempt failed, when one did
 */
public record OutboxEntry(
    long id,
    String idempotencyKey,
    String connection,
    String objectType,
    String recordId,
    OutboxKind kind,
    String payload,
    String status,
    int attempts,
    Instant nextAttemptAt,
    String lastError,
    Instant createdAt,
    Instant updatedAt) {

  public static final String PENDING = "PENDING";
  public static final String DONE = "DONE";
  public static final String DEAD = "DEAD";
  /** Settled without sending: the record was deleted in the CRM. */
  public static final String SKIPPED = "SKIPPED";

  public RecordRef ref() {
    return new RecordRef(connection, objectType, recordId);
  }
}
