package io.revbridge.store;

import io.revbridge.model.RecordRef;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The last value Revbridge wrote to each field of each record. The engine diffs against it to write
 * only what changed, and recognises its own writes when they come back as change events (no loops).
 * Thread-safe; each call is its own transaction.
 */
public final class LedgerStore {
  private static final List<String> COLUMNS =
      List.of("connection", "object_type", "record_id", "field", "field_value", "written_at");

  private final Jdbc jdbc;
  private final String upsert;

  LedgerStore(Jdbc jdbc, SqlDialect dialect) {
    this.jdbc = jdbc;
    this.upsert = dialect.upsert(
        "ledger", COLUMNS, List.of("connection", "object_type", "record_id", "field"));
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
    Map<List<String>, List<String>> idsByType = new LinkedHashMap<>();
    for (RecordRef ref : result.keySet()) {
      idsByType.computeIfAbsent(List.of(ref.connection(), ref.objectType()), k -> new ArrayList<>())
          .add(ref.id());
    }
    jdbc.inTransaction("read the ledger of " + result.size() + " records", c -> {
      for (Map.Entry<List<String>, List<String>> type : idsByType.entrySet()) {
        String connection = type.getKey().get(0);
        String objectType = type.getKey().get(1);
        try (PreparedStatement s = c.prepareStatement("SELECT field, field_value FROM ledger"
            + " WHERE connection = ? AND object_type = ? AND record_id = ?")) {
          s.setString(1, connection);
          s.setString(2, objectType);
          for (String id : type.getValue()) {
            s.setString(3, id);
            Map<String, String> fields = result.get(new RecordRef(connection, objectType, id));
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                fields.put(r.getString("field"), r.getString("field_value"));
              }
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

  /** As {@link #record} for many records, in one transaction. */
  public void recordAll(Map<RecordRef, Map<String, String>> values, Instant writtenAt) {
    Objects.requireNonNull(writtenAt, "writtenAt");
    // Sorted, so that two writers of the same records lock their rows in the same order.
    Map<String, RecordRef> refs = new TreeMap<>();
    Map<RecordRef, Map<String, String>> sorted = new LinkedHashMap<>();
    values.keySet().forEach(ref -> refs.put(Objects.requireNonNull(ref, "ref").key(), ref));
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
      try (PreparedStatement s = c.prepareStatement(upsert)) {
        for (Map.Entry<RecordRef, Map<String, String>> record : sorted.entrySet()) {
          RecordRef ref = record.getKey();
          for (Map.Entry<String, String> field : record.getValue().entrySet()) {
            s.setString(1, ref.connection());
            s.setString(2, ref.objectType());
            s.setString(3, ref.id());
            s.setString(4, field.getKey());
            s.setString(5, field.getValue());
            Jdbc.setInstant(s, 6, writtenAt);
            s.addBatch();
          }
        }
        s.executeBatch();
        return null;
      }
    });
  }
}
