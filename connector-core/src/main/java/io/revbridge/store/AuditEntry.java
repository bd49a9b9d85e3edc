package io.revbridge.store;

import io.revbridge.model.RecordRef;
import java.time.Instant;
import java.util.Objects;

/**
 * One decision a stage took about one record.
 *
 * @param stage {@code score}, {@code route}, {@code action}, ...
 * @param decision a short summary shown in lists: {@code "82 HOT"}, {@code "owner 123"}
 * @param detailJson the full reasoning as JSON, or null
 */
public record AuditEntry(RecordRef ref, String stage, String decision, String detailJson, Instant at) {
  public AuditEntry {
    Objects.requireNonNull(ref, "ref");
    Columns.required(ref.connection(), "connection", Columns.CONNECTION);
    Columns.required(ref.objectType(), "objectType", Columns.OBJECT_TYPE);
    Columns.required(ref.id(), "record id", Columns.RECORD_ID);
    Columns.required(stage, "stage", Columns.STAGE);
    Objects.requireNonNull(decision, "decision");
    Columns.optional(decision, "decision", Columns.DECISION);
    Objects.requireNonNull(at, "at");
  }
}
