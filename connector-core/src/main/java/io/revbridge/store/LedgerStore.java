package io.revbridge.store;

import io.revbridge.model.RecordRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The last value Revbridge wrote to each field of each record. The engine diffs against it to write
 * only what changed, and recognises its own writes when they come back as change events (no loops).
 * One row per record holds all its fields (V19): a plan and a settled write each change one row per record, not one
 * per field, which was most of the rows a backfill wrote. Thread-safe; each call is its own transaction.
 */
public final class LedgerStore {
  private static final String WHERE_RECORD = " WHERE connection = ? AND object_type = ? AND record_id = ?";

  private final Jdbc jdbc;

  LedgerStore(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** Field → value last written to this record; empty when Revbridge never wrote to it. */
  public Map<String, String> lastWritten(RecordRef ref) {
    return lastWritten(List.of(ref)).get(ref);
  }

  /**
   * The last written values of many records in one transaction. Every requested ref is a key of the result, with
   * an empty map when nothing was written to it. One primary-key lookup per record: H2 answers
   * {@code record_id IN (...)} by scanning all of the object's rows, which made each batch cost more as the
   * ledger grew.
   */
  public Map<RecordRef, Map<String, String>> lastWritten(Collection<RecordRef> refs) {
    Map<RecordRef, Map<String, String>> result = new LinkedHashMap<>();
    refs.forEach(ref -> result.put(Objects.requireNonNull(ref, "ref"), new TreeMap<>()));
    if (result.isEmpty()) {
      return result;
    }
    jdbc.inTransaction("read the ledger of " + result.size() + " records", c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT field_values FROM ledger_records" + WHERE_RECORD)) {
        for (Map.Entry<RecordRef, Map<String, String>> record : result.entrySet()) {
          bind(s, 1, record.getKey());
          try (ResultSet r = s.executeQuery()) {
            if (r.next()) {
              record.getValue().putAll(LedgerJson.read(r.getString(1)));
            }
          }
        }
      }
      return null;
    });
    return result;
  }

  /**
   * Records that these values were written to the record, replacing earlier values of the same fields
   * and keeping the record's other fields. A value may be empty (a cleared field) but not null.
   */
  public void record(RecordRef ref, Map<String, String> values, Instant writtenAt) {
    Objects.requireNonNull(ref, "ref");
    recordAll(Map.of(ref, values), writtenAt);
  }

  /**
   * As {@link #record} for many records, in one transaction. Each record's row is read under a lock and written
   * back merged, so two writers of different fields of one record (a plan and a settled write) keep both.
   */
  public void recordAll(Map<RecordRef, Map<String, String>> values, Instant writtenAt) {
    Objects.requireNonNull(writtenAt, "writtenAt");
    // Sorted, so that two writers of the same records lock their rows in the same order.
    Map<String, RecordRef> refs = new TreeMap<>();
    values.keySet().forEach(ref -> refs.put(Objects.requireNonNull(ref, "ref").key(), ref));
    Map<RecordRef, Map<String, String>> sorted = new LinkedHashMap<>();
    int count = 0;
    for (RecordRef ref : refs.values()) {
      Columns.required(ref.connection(), "connection", Columns.CONNECTION);
      Columns.required(ref.objectType(), "objectType", Columns.OBJECT_TYPE);
      Columns.required(ref.id(), "record id", Columns.RECORD_ID);
      Map<String, String> fields = new TreeMap<>();
      values.get(ref).forEach((field, value) -> {
        Columns.required(field, "field name", Columns.FIELD);
        fields.put(field, Objects.requireNonNull(value, () -> "value of field " + field + " of " + ref));
      });
      if (!fields.isEmpty()) {
        sorted.put(ref, fields);
        count += fields.size();
      }
    }
    if (sorted.isEmpty()) {
      return;
    }
    String what = sorted.size() == 1 ? count + " written fields of " + sorted.keySet().iterator().next()
        : count + " written fields of " + sorted.size() + " records";
    jdbc.inTransaction("record " + what, c -> {
      Map<RecordRef, Map<String, String>> updates = new LinkedHashMap<>();
      Map<RecordRef, Map<String, String>> inserts = new LinkedHashMap<>();
      try (PreparedStatement s = c.prepareStatement(
          "SELECT field_values FROM ledger_records" + WHERE_RECORD + " FOR UPDATE")) {
        for (Map.Entry<RecordRef, Map<String, String>> record : sorted.entrySet()) {
          bind(s, 1, record.getKey());
          try (ResultSet r = s.executeQuery()) {
            if (r.next()) {
              Map<String, String> merged = LedgerJson.read(r.getString(1));
              merged.putAll(record.getValue());
              updates.put(record.getKey(), merged);
            } else {
              inserts.put(record.getKey(), record.getValue());
            }
          }
        }
      }
      // A record another writer inserted since the read fails the insert on the key; the unit then runs again
      // and finds the row.
      write(c, "UPDATE ledger_records SET field_values = ?, written_at = ?" + WHERE_RECORD, updates, writtenAt);
      write(c, "INSERT INTO ledger_records (field_values, written_at, connection, object_type, record_id)"
          + " VALUES (?, ?, ?, ?, ?)", inserts, writtenAt);
      return null;
    });
  }

  private static void write(Connection c, String sql, Map<RecordRef, Map<String, String>> rows, Instant writtenAt)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (Map.Entry<RecordRef, Map<String, String>> row : rows.entrySet()) {
        s.setString(1, LedgerJson.write(row.getValue()));
        Jdbc.setInstant(s, 2, writtenAt);
        bind(s, 3, row.getKey());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private static void bind(PreparedStatement s, int first, RecordRef ref) throws SQLException {
    s.setString(first, ref.connection());
    s.setString(first + 1, ref.objectType());
    s.setString(first + 2, ref.id());
  }
}
