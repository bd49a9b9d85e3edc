package io.revbridge.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A record set aside because one stage failed on it, so the rest of its batch could go on.
 *
 * @param recordId null when the failure came before the record was known (a page that did not parse)
 * @param stage {@code fetch}, {@code map}, {@code enrich}, {@code score}, {@code route}, {@code write} or
 *     {@code handoff}
 * @param errorCode a short machine-readable code (the CRM's, or ours), or null
 * @param message what went wrong, for people; never a secret
 * @param payload what is needed to replay it (the record or the write as JSON), or null
 */
public record DeadLetterDraft(
    String connection,
    String objectType,
    String recordId,
    String stage,
    String errorCode,
    String message,
    String payload,
    Instant at) {

  public DeadLetterDraft {
    Columns.required(connection, "connection", Columns.CONNECTION);
    Columns.required(objectType, "objectType", Columns.OBJECT_TYPE);
    Columns.optional(recordId, "recordId", Columns.RECORD_ID);
    Columns.required(stage, "stage", Columns.STAGE);
    Columns.optional(errorCode, "errorCode", Columns.ERROR_CODE);
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(at, "at");
  }
}
