package io.revbridge.sync;

import io.revbridge.spi.CrmRecord;
import io.revbridge.store.OutboxEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Field writes whose last claim never ended (the instance died after sending, perhaps before recording
 * the result), whose last attempt failed in a way that may have reached the CRM (a timeout, a reset,
 * a 500 after applying), or that were queued before this process started (a killed process may have sent them
 * and lost the claim saying so: the H2 file store can drop its last commits to a kill -9), are checked in the
 * CRM before they are sent: a write whose every value the record
 * already holds landed, and is settled without a second call. Tasks need no check here: adapters look
 * their idempotency key up in the CRM before creating one.
 */
final class InDoubtWrites {
  private InDoubtWrites() {}

  record Split(List<OutboxEntry> landed, List<OutboxEntry> toSend) {}

  /** Reads the in-doubt records of one group (one connection, one object type) in one call. */
  static Split split(ConnectionContext ctx, List<OutboxEntry> group, Set<Long> inDoubt) {
    Map<String, FieldUpdate> doubtful = new LinkedHashMap<>();
    Set<String> fields = new TreeSet<>();
    for (OutboxEntry row : group) {
      if (inDoubt.contains(row.id())) {
        FieldUpdate update = Json.read(row.payload(), FieldUpdate.class);
        doubtful.put(row.idempotencyKey(), update);
        fields.addAll(update.write().values().keySet());
      }
    }
    String objectType = group.get(0).objectType();
    Map<String, CrmRecord> current = new LinkedHashMap<>();
    List<String> ids = doubtful.values().stream().map(u -> u.write().ref().id()).distinct().toList();
    for (CrmRecord r : ctx.connection().reader().read(objectType, ids, fields)) {
      current.put(r.ref().id(), r);
    }
    List<OutboxEntry> landed = new ArrayList<>();
    List<OutboxEntry> toSend = new ArrayList<>();
    for (OutboxEntry row : group) {
      FieldUpdate update = doubtful.get(row.idempotencyKey());
      if (update != null && holds(current.get(update.write().ref().id()), update.write().values())) {
        landed.add(row);
      } else {
        toSend.add(row);
      }
    }
    return new Split(landed, toSend);
  }

  private static boolean holds(CrmRecord record, Map<String, String> values) {
    if (record == null) {
      return false;
    }
    return values.entrySet().stream().allMatch(e -> FieldValues.same(e.getValue(), record.field(e.getKey())));
  }
}
