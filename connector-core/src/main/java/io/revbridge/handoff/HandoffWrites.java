package io.revbridge.handoff;

import io.revbridge.model.RecordRef;
import io.revbridge.spi.CrmConnection;
import io.revbridge.spi.FieldWrite;
import io.revbridge.spi.WriteResult;
import io.revbridge.store.Store;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * A hand-off write to one record, sent at once (the hand-off is its own stage, not the outbox) and recorded in the
 * ledger, so the value coming back from the CRM is recognised as Revbridge's own.
 */
final class HandoffWrites {
  private HandoffWrites() {}

  /** @throws IllegalStateException naming the CRM's reason when the write is refused; nothing is recorded then */
  static void write(CrmConnection connection, RecordRef ref, Map<String, String> values, Store store, Clock clock) {
    if (values.isEmpty()) {
      return;
    }
    String key = "handoff:" + ref.key() + "@" + clock.millis();
    List<WriteResult> results = connection.writer().update(ref.objectType(), List.of(new FieldWrite(key, ref, values)));
    WriteResult r = results.get(0);
    if (!r.succeeded()) {
      throw new IllegalStateException(connection.name() + " refused the write to " + ref + " ("
          + String.join(", ", new java.util.TreeSet<>(values.keySet())) + "): " + r.error().orElseThrow().code() + " "
          + r.error().orElseThrow().message());
    }
    store.ledger().record(ref, values, clock.instant());
  }
}
