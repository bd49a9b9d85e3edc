package io.revbridge.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Small key/value state the engine keeps between runs and shares between instances, such as a
 * round-robin pointer. Thread-safe; each call is its own transaction.
 */
public final class StateStore {
  private static final List<String> COLUMNS = List.of("state_key", "state_value", "updated_at");

  private final Jdbc jdbc;
  private final String upsert;
  private final String insertFirst;
  private final Clock clock;

  StateStore(Jdbc jdbc, SqlDialect dialect, Clock clock) {
    this.jdbc = jdbc;
    this.upsert = dialect.upsert("engine_state", COLUMNS, List.of("state_key"));
    this.insertFirst = dialect.insertUnlessExists("engine_state", COLUMNS, "state_key");
    this.clock = clock;
  }

  public Optional<String> get(String key) {
    return jdbc.inTransaction("read engine state " + key, c -> read(c, key));
  }

  /** Sets the value, replacing any earlier one. */
  public void put(String key, String value) {
    Columns.required(key, "state key", Columns.STATE_KEY);
    Objects.requireNonNull(value, "value");
    Columns.optional(value, "value of state " + key, Columns.STATE_VALUE);
    jdbc.inTransaction("save engine state " + key, c -> {
      try (PreparedStatement s = c.prepareStatement(upsert)) {
        s.setString(1, key);
        s.setString(2, value);
        Jdbc.setInstant(s, 3, clock.instant());
        return s.executeUpdate();
      }
    });
  }

  /**
   * Adds one to the counter and returns the new value; a counter that does not exist yet becomes 1.
   * Atomic across threads and instances: n concurrent calls return n distinct values.
   *
   * @throws StoreException when the key holds something that is not a whole number
   */
  public long increment(String key) {
    Columns.required(key, "state key", Columns.STATE_KEY);
    return jdbc.inTransaction("increment engine state " + key, c -> {
      // The UPDATE locks the row, so concurrent increments queue up behind it instead of losing
      // updates; the first increment of a key inserts it, and a racing second insert is retried.
      try (PreparedStatement s = c.prepareStatement("UPDATE engine_state SET state_value ="
          + " CAST(CAST(state_value AS BIGINT) + 1 AS VARCHAR(4000)), updated_at = ?"
          + " WHERE state_key = ?")) {
        Jdbc.setInstant(s, 1, clock.instant());
        s.setString(2, key);
        if (s.executeUpdate() == 0) {
          insertOne(c, key);
        }
      } catch (SQLException e) {
        if ("22018".equals(e.getSQLState()) || "22P02".equals(e.getSQLState())) {
          c.rollback(); // PostgreSQL reads nothing more in a failed transaction
          throw new StoreException("Engine state " + key + " is not a counter: it holds '"
              + read(c, key).orElse("") + "', not a whole number. Use another key, or put a number.");
        }
        throw e;
      }
      return Long.parseLong(read(c, key).orElseThrow());
    });
  }

  private void insertOne(Connection c, String key) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(insertFirst)) {
      s.setString(1, key);
      s.setString(2, "1");
      Jdbc.setInstant(s, 3, clock.instant());
      if (s.executeUpdate() == 0) {
        // Another caller inserted the key since our UPDATE found nothing: let Jdbc run us again.
        throw new SQLException("engine state " + key + " was created concurrently", "40001");
      }
    }
  }

  private static Optional<String> read(Connection c, String key) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT state_value FROM engine_state WHERE state_key = ?")) {
      s.setString(1, key);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
      }
    }
  }
}
