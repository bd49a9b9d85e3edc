package io.revbridge.spi;

import io.revbridge.model.RecordRef;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One change to one record, from a poll or a webhook.
 *
 * @param eventKey deduplicates the change in the inbox: the same change seen twice (webhook retry, poll
 *     overlapping a webhook) must produce the same key
 * @param record the full record when the source already had it (polls); empty when the engine must read it
 */
public record Change(
    RecordRef ref, ChangeKind kind, Instant occurredAt, String eventKey, Optional<CrmRecord> record) {
  public Change {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(eventKey, "eventKey");
    Objects.requireNonNull(record, "record");
  }

  /**
   * A polled record: its key is its version plus its identity, so re-polling the same version dedupes. The version
   * (modified time in epoch milliseconds) comes first because feeds are read in modified order: the inbox's unique
   * index then grows at its end, where a key led by the record id dirtied a random page of it per change.
   */
  public static Change polled(CrmRecord record) {
    RecordRef ref = record.ref();
    return new Change(
        ref,
        record.archived() ? ChangeKind.DELETE : ChangeKind.UPSERT,
        record.modifiedAt(),
        "poll:" + record.modifiedAt().toEpochMilli() + ":" + ref.key(),
        Optional.of(record));
  }
}
