package io.revbridge.store;

import io.revbridge.model.RecordRef;
import java.time.Instant;

/**
 * A change as the inbox holds it.
 *
 * @param status {@link #PENDING}, {@link #DONE} or {@link #FAILED}
 * @param lastError why processing failed, when it did
 */
public record InboxEntry(
    long id,
    String eventKey,
    String connection,
    String objectType,
    String recordId,
    String kind,
    Instant occurredAt,
    String payload,
    String status,
    Instant receivedAt,
    String lastError) {

  public static final String PENDING = "PENDING";
  public static final String DONE = "DONE";
  public static final String FAILED = "FAILED";

  public RecordRef ref() {
    return new RecordRef(connection, objectType, recordId);
  }
}
