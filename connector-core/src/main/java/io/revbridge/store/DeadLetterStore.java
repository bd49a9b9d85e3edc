package io.revbridge.store;

import io.revbridge.model.RecordRef;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Records that failed a stage, kept for {@code dlq list} and {@code dlq replay}. Replaying marks a
 * letter instead of deleting it, so the history stays. Thread-safe; each call is its own transaction.
 */
public final class DeadLetterStore {
  private static final String SELECT = "SELECT id, connection, object_type, record_id, stage,"
      + " error_code, message, payload, failed_at, replayed_at FROM dead_letters";

  private final Jdbc jdbc;

  DeadLetterStore(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores the letter and returns its id. */
  public long add(DeadLetterDraft d) {
    Objects.requireNonNull(d, "draft");
    return jdbc.inTransaction("add a dead letter for " + d.connection() + "/" + d.objectType(), c -> {
      try (PreparedStatement s = c.prepareStatement("INSERT INTO dead_letters (connection,"
              + " object_type, record_id, stage, error_code, message, payload, failed_at)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
        s.setString(1, d.connection());
        s.setString(2, d.objectType());
        s.setString(3, d.recordId());
        s.setString(4, d.stage());
        s.setString(5, d.errorCode());
        s.setString(6, d.message());
        s.setString(7, d.payload());
        Jdbc.setInstant(s, 8, d.at());
        s.executeUpdate();
        try (ResultSet keys = s.getGeneratedKeys()) {
          if (!keys.next()) {
            throw new SQLException("the database returned no id for the new dead letter");
          }
          return keys.getLong(1);
        }
      }
    });
  }

  /** Up to {@code limit} letters, newest first. */
  public List<DeadLetter> list(int limit) {
    return list(DeadLetterFilter.ALL, limit);
  }

  /** Up to {@code limit} letters that pass the filter, newest first. */
  public List<DeadLetter> list(DeadLetterFilter filter, int limit) {
    Objects.requireNonNull(filter, "filter");
    Jdbc.requireLimit(limit);
    return jdbc.inTransaction("list dead letters", c -> {
      try (PreparedStatement s = c.prepareStatement(
          SELECT + filter.where() + " ORDER BY failed_at DESC, id DESC FETCH FIRST ? ROWS ONLY")) {
        List<String> values = filter.parameters();
        for (int i = 0; i < values.size(); i++) {
          s.setString(i + 1, values.get(i));
        }
        s.setInt(values.size() + 1, limit);
        return read(s);
      }
    });
  }

  /** The record's letters not replayed yet, newest first. */
  public List<DeadLetter> openFor(RecordRef ref) {
    Objects.requireNonNull(ref, "ref");
    return jdbc.inTransaction("list open dead letters of " + ref, c -> {
      try (PreparedStatement s = c.prepareStatement(SELECT + " WHERE connection = ? AND object_type = ?"
          + " AND record_id = ? AND replayed_at IS NULL ORDER BY failed_at DESC, id DESC")) {
        s.setString(1, ref.connection());
        s.setString(2, ref.objectType());
        s.setString(3, ref.id());
        return read(s);
      }
    });
  }

  public Optional<DeadLetter> byId(long id) {
    return jdbc.inTransaction("read dead letter " + id, c -> {
      try (PreparedStatement s = c.prepareStatement(SELECT + " WHERE id = ?")) {
        s.setLong(1, id);
        return read(s).stream().findFirst();
      }
    });
  }

  /** All letters, replayed or not. */
  public long count() {
    return count(DeadLetterFilter.ALL);
  }

  /** The letters that pass the filter. */
  public long count(DeadLetterFilter filter) {
    Objects.requireNonNull(filter, "filter");
    return jdbc.inTransaction("count dead letters", c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM dead_letters" + filter.where())) {
        List<String> values = filter.parameters();
        for (int i = 0; i < values.size(); i++) {
          s.setString(i + 1, values.get(i));
        }
        try (ResultSet r = s.executeQuery()) {
          r.next();
          return r.getLong(1);
        }
      }
    });
  }

  /**
   * Letters not replayed yet of one connection, counted per stage and error code ({@code "write
   * INVALID_OPTION"}; a letter without a code counts under its stage alone), most frequent first.
   */
  public Map<String, Long> openErrorCounts(String connection) {
    return jdbc.inTransaction("count dead letters of " + connection, c -> {
      Map<String, Long> counts = new java.util.LinkedHashMap<>();
      try (PreparedStatement s = c.prepareStatement("SELECT stage, error_code, COUNT(*) AS n FROM dead_letters"
          + " WHERE connection = ? AND replayed_at IS NULL GROUP BY stage, error_code ORDER BY n DESC, stage")) {
        s.setString(1, connection);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            String code = r.getString(2);
            counts.merge(r.getString(1) + (code == null ? "" : " " + code), r.getLong(3), Long::sum);
          }
        }
      }
      return counts;
    });
  }

  /**
   * Notes that the letter was replayed at this time (a later replay overwrites the time).
   *
   * @throws StoreException when no letter has this id
   */
  public void markReplayed(long id, Instant at) {
    Objects.requireNonNull(at, "at");
    jdbc.inTransaction("mark dead letter " + id + " replayed", c -> {
      try (PreparedStatement s =
          c.prepareStatement("UPDATE dead_letters SET replayed_at = ? WHERE id = ?")) {
        Jdbc.setInstant(s, 1, at);
        s.setLong(2, id);
        if (s.executeUpdate() == 0) {
          throw new StoreException("There is no dead letter with id " + id + " (see dlq list)");
        }
        return null;
      }
    });
  }

  private static List<DeadLetter> read(PreparedStatement s) throws SQLException {
    List<DeadLetter> letters = new ArrayList<>();
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        letters.add(new DeadLetter(r.getLong("id"), r.getString("connection"),
            r.getString("object_type"), r.getString("record_id"), r.getString("stage"),
            r.getString("error_code"), r.getString("message"), r.getString("payload"),
            Jdbc.getInstant(r, "failed_at"), Jdbc.getInstant(r, "replayed_at")));
      }
    }
    return letters;
  }
}
