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
  private static final int IN_LIST = 500;
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
   * The last written values of many records in a few queries (one per 500 records of one connection
   * and object type). Every requested ref is a key of the result, with an empty map when nothing was
   * written to it.
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
        for (List<String> ids : Jdbc.chunks(type.getValue(), IN_LIST)) {
          try (PreparedStatement s = c.prepareStatement("SELECT record_id, field, field_value FROM ledger"
              + " WHERE connection = ? AND object_type = ? AND record_id IN ("
              + Jdbc.placeholders(ids.size()) + ")")) {
            s.setString(1, connection);
            s.setString(2, objectType);
            for (int i = 0; i < ids.size(); i++) {
              s.setString(i + 3, ids.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                RecordRef ref = new RecordRef(connection, objectType, r.getString("record_id"));
                result.get(ref).put(r.getString("field"), r.getString("field_value"));
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
    Objects.requireNonNull(writtenAt, "writtenAt");
    Columns.required(ref.connection(), "connection", Columns.CONNECTION);
    Columns.required(ref.objectType(), "objectType", Columns.OBJECT_TYPE);
    Columns.required(ref.id(), "record id", Columns.RECORD_ID);
    // Sorted, so that two writers of one record lock its rows in the same order.
    Map<String, String> fields = new TreeMap<>();
    values.forEach((field, value) -> {
      Columns.required(field, "field name", Columns.FIELD);
      fields.put(field, Objects.requireNonNull(value, () -> "value of field " + field + " of " + ref));
    });
    if (fields.isEmpty()) {
      return;
    }
    jdbc.inTransaction("record " + fields.size() + " written fields of " + ref, c -> {
      try (PreparedStatement s = c.prepareStatement(upsert)) {
        for (Map.Entry<String, String> field : fields.entrySet()) {
          s.setString(1, ref.connection());
          s.setString(2, ref.objectType());
          s.setString(3, ref.id());
          s.setString(4, field.getKey());
          s.setString(5, field.getValue());
          Jdbc.setInstant(s, 6, writtenAt);
          s.addBatch();
        }
        s.executeBatch();
        return null;
      }
    });
  }
}
