package io.revbridge.store;

import io.revbridge.model.RecordRef;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Records the CRM reported deleted (a deletion webhook, the archived listing, a write answered "not
 * found"). The engine never writes to them. A restore that happened after the deletion lifts the mark;
 * an older event arriving late does not. Thread-safe; each call is its own transaction.
 */
public final class DeletionStore {
  private static final List<String> COLUMNS =
      List.of("connection", "object_type", "record_id", "deleted_at", "source", "recorded_at");

  private final Jdbc jdbc;
  private final String upsert;
  private final Clock clock;

  DeletionStore(Jdbc jdbc, SqlDialect dialect, Clock clock) {
    this.jdbc = jdbc;
    this.upsert = dialect.upsert("deleted_records", COLUMNS, List.of("connection", "object_type", "record_id"));
    this.clock = clock;
  }

  /**
   * Marks the record deleted as of {@code deletedAt}.
   *
   * @param source how Revbridge learned it, e.g. {@code webhook}, {@code archived-list}, {@code write}
   */
  public void markDeleted(RecordRef ref, Instant deletedAt, String source) {
    Objects.requireNonNull(deletedAt, "deletedAt");
    check(ref);
    Columns.required(source, "deletion source", 64);
    jdbc.inTransaction("mark " + ref + " deleted", c -> {
      try (PreparedStatement s = c.prepareStatement(upsert)) {
        s.setString(1, ref.connection());
        s.setString(2, ref.objectType());
        s.setString(3, ref.id());
        Jdbc.setInstant(s, 4, deletedAt);
        s.setString(5, source);
        Jdbc.setInstant(s, 6, clock.instant());
        return s.executeUpdate();
      }
    });
  }

  /**
   * Lifts the mark if the record was deleted before {@code seenAliveAt}.
   *
   * @return true when a mark was lifted
   */
  public boolean restore(RecordRef ref, Instant seenAliveAt) {
    Objects.requireNonNull(seenAliveAt, "seenAliveAt");
    check(ref);
    return jdbc.inTransaction("restore " + ref, c -> {
      try (PreparedStatement s = c.prepareStatement("DELETE FROM deleted_records"
          + " WHERE connection = ? AND object_type = ? AND record_id = ? AND deleted_at < ?")) {
        s.setString(1, ref.connection());
        s.setString(2, ref.objectType());
        s.setString(3, ref.id());
        Jdbc.setInstant(s, 4, seenAliveAt);
        return s.executeUpdate() > 0;
      }
    });
  }

  public boolean isDeleted(RecordRef ref) {
    return !deleted(List.of(ref)).isEmpty();
  }

  /** Those of {@code refs} that are marked deleted, in a few queries (one per 500 ids of one type). */
  public Set<RecordRef> deleted(Collection<RecordRef> refs) {
    Map<List<String>, List<String>> idsByType = new LinkedHashMap<>();
    for (RecordRef ref : refs) {
      idsByType.computeIfAbsent(List.of(ref.connection(), ref.objectType()), k -> new ArrayList<>()).add(ref.id());
    }
    Set<RecordRef> deleted = new HashSet<>();
    if (idsByType.isEmpty()) {
      return deleted;
    }
    jdbc.inTransaction("read deletion marks of " + refs.size() + " records", c -> {
      for (Map.Entry<List<String>, List<String>> type : idsByType.entrySet()) {
        for (List<String> ids : Jdbc.chunks(type.getValue().stream().distinct().toList(), Jdbc.IN_LIST)) {
          try (PreparedStatement s = c.prepareStatement("SELECT record_id FROM deleted_records"
              + " WHERE connection = ? AND object_type = ? AND record_id IN (" + Jdbc.placeholders(ids.size()) + ")")) {
            s.setString(1, type.getKey().get(0));
            s.setString(2, type.getKey().get(1));
            for (int i = 0; i < ids.size(); i++) {
              s.setString(i + 3, ids.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                deleted.add(new RecordRef(type.getKey().get(0), type.getKey().get(1), r.getString(1)));
              }
            }
          }
        }
      }
      return null;
    });
    return deleted;
  }

  /** How many records are marked deleted. */
  public long count() {
    return jdbc.inTransaction("count deleted records", c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM deleted_records");
          ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    });
  }

  private static void check(RecordRef ref) {
    Objects.requireNonNull(ref, "ref");
    Columns.required(ref.connection(), "connection", Columns.CONNECTION);
    Columns.required(ref.objectType(), "objectType", Columns.OBJECT_TYPE);
    Columns.required(ref.id(), "record id", Columns.RECORD_ID);
  }
}
