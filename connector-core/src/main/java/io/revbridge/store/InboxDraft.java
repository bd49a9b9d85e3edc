package io.revbridge.store;

import io.revbridge.spi.Change;
import java.time.Instant;
import java.util.Objects;

/**
 * A change to put in the inbox. Built values are already checked against the column sizes, so one
 * over-long id fails here, for that record alone, and never the batch it would have joined.
 *
 * @param eventKey deduplicates: a second draft with the same key is ignored by {@link InboxStore#add}
 * @param kind {@code UPSERT} or {@code DELETE}
 * @param payload the record as JSON when the source had it, else null (the engine reads it later)
 */
public record InboxDraft(
    String eventKey,
    String connection,
    String objectType,
    String recordId,
    String kind,
    Instant occurredAt,
    String payload) {

  public InboxDraft {
    Columns.required(eventKey, "eventKey", Columns.KEY);
    Columns.required(connection, "connection", Columns.CONNECTION);
    Columns.required(objectType, "objectType", Columns.OBJECT_TYPE);
    Columns.required(recordId, "recordId", Columns.RECORD_ID);
    Objects.requireNonNull(kind, "kind");
    if (!kind.equals("UPSERT") && !kind.equals("DELETE")) {
      throw new IllegalArgumentException("kind is '" + kind + "': use UPSERT or DELETE");
    }
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  /** The draft for a change from a feed or webhook, with the record's JSON when there is one. */
  public static InboxDraft of(Change change, String payload) {
    return new InboxDraft(change.eventKey(), change.ref().connection(), change.ref().objectType(),
        change.ref().id(), change.kind().name(), change.occurredAt(), payload);
  }
}
