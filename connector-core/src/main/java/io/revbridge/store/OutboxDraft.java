package io.revbridge.store;

import java.util.Objects;

/**
 * A write to make in a CRM.
 *
 * @param idempotencyKey names the write: a second draft with the same key is not enqueued, so a
 *     replayed change never writes twice
 * @param payload the write as JSON
 */
public record OutboxDraft(
    String idempotencyKey,
    String connection,
    String objectType,
    String recordId,
    OutboxKind kind,
    String payload) {

  public OutboxDraft {
    Columns.required(idempotencyKey, "idempotencyKey", Columns.KEY);
    Columns.required(connection, "connection", Columns.CONNECTION);
    Columns.required(objectType, "objectType", Columns.OBJECT_TYPE);
    Columns.required(recordId, "recordId", Columns.RECORD_ID);
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(payload, "payload");
  }
}
