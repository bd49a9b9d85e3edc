package io.revbridge.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Runs one unit of store work in its own transaction and turns SQL failures into {@link StoreException}.
 * Work that lost a race with another caller (a unique key inserted concurrently, a deadlock, a lock
 * timeout) is rolled back and run again, so every unit of work must be safe to repeat. Inside
 * {@link #together}, a unit joins the thread's transaction instead and is rolled back to its own savepoint.
 */
final class Jdbc {
  private static final int ATTEMPTS = 5;

  // 23505 unique violation; 40001 serialization failure (also H2's deadlock); 40P01 PostgreSQL
  // deadlock; HYT00 H2 lock timeout. All mean "another transaction got there first": try again.
  private static final Set<String> CONTENDED = Set.of("23505", "40001", "40P01", "HYT00");

  /** One statement-level unit of work. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** The {@link #together} call running on this thread, if one is: its data source and connection. */
  private static final ThreadLocal<Joined> JOINED = new ThreadLocal<>();

  private record Joined(DataSource dataSource, Connection connection) {}

  private final DataSource dataSource;

  Jdbc(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Runs {@code units} (calls on the stores) on this thread in one transaction: one commit for all, where each
   * would otherwise commit its own, and all or nothing. Not repeated on contention: the units it joins are.
   */
  void together(String action, Runnable units) {
    if (joinedConnection() != null) {
      units.run();
      return;
    }
    Joined outer = JOINED.get(); // null, or a together call on another data source: restored afterwards
    inTransaction(action, connection -> {
      JOINED.set(new Joined(dataSource, connection));
      try {
        units.run();
      } finally {
        JOINED.set(outer);
      }
      return null;
    });
  }

  /**
   * Runs the work in a transaction (inside {@link #together}: behind a savepoint of its transaction); {@code action}
   * completes "Could not ..." in the error message.
   */
  <T> T inTransaction(String action, Work<T> work) {
    Connection joined = joinedConnection();
    for (int attempt = 1; ; attempt++) {
      try {
        return joined == null ? once(work) : onceInSavepoint(joined, work);
      } catch (SQLException e) {
        if (attempt < ATTEMPTS && isContended(e)) {
          continue;
        }
        throw new StoreException("Could not " + action + ": " + describe(e), e);
      }
    }
  }

  /** The connection of this thread's {@link #together} call on this data source, or null. */
  private Connection joinedConnection() {
    Joined joined = JOINED.get();
    return joined != null && joined.dataSource() == dataSource ? joined.connection() : null;
  }

  private <T> T once(Work<T> work) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollback(connection, null, e);
        throw e;
      }
    }
  }

  /** A unit inside {@link #together}: a race it lost undoes only its own statements before it runs again. */
  private static <T> T onceInSavepoint(Connection connection, Work<T> work) throws SQLException {
    Savepoint savepoint = connection.setSavepoint();
    try {
      T result = work.run(connection);
      connection.releaseSavepoint(savepoint);
      return result;
    } catch (SQLException | RuntimeException e) {
      rollback(connection, savepoint, e);
      throw e;
    }
  }

  /** Stores an instant as a UTC timestamp, truncated to the microseconds both databases keep. */
  static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
    if (instant == null) {
      statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      statement.setObject(index, OffsetDateTime.ofInstant(truncate(instant), ZoneOffset.UTC));
    }
  }

  static Instant getInstant(ResultSet rows, String column) throws SQLException {
    OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** What a stored instant reads back as: the store keeps microseconds, like PostgreSQL. */
  static Instant truncate(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  static void requireLimit(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit is " + limit + ": ask for at least 1 row");
    }
  }

  /** Values per IN list: well within what every driver accepts, and few enough round trips. */
  static final int IN_LIST = 500;

  /** {@code ?, ?, ?} for an IN list. */
  static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  /**
   * Which of the record keys have a row in {@code table} matching {@code condition} (its {@code ?} bound to
   * {@code args}, in order): one query per {@link #IN_LIST} keys, for batches where most keys have none.
   */
  static Set<String> keysWith(Connection c, String table, List<String> keys, String condition, String... args)
      throws SQLException {
    Set<String> found = new HashSet<>();
    for (List<String> chunk : chunks(keys.stream().distinct().toList(), IN_LIST)) {
      try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT record_key FROM " + table
          + " WHERE record_key IN (" + placeholders(chunk.size()) + ") AND (" + condition + ")")) {
        for (int i = 0; i < chunk.size(); i++) {
          s.setString(i + 1, chunk.get(i));
        }
        for (int i = 0; i < args.length; i++) {
          s.setString(chunk.size() + i + 1, args[i]);
        }
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            found.add(r.getString(1));
          }
        }
      }
    }
    return found;
  }

  /** Splits a list into consecutive chunks, so IN lists stay within what every driver accepts. */
  static <T> List<List<T>> chunks(List<T> items, int size) {
    List<List<T>> chunks = new ArrayList<>();
    for (int from = 0; from < items.size(); from += size) {
      chunks.add(items.subList(from, Math.min(items.size(), from + size)));
    }
    return chunks;
  }

  // A failed rollback must not hide the failure that caused it. A null savepoint rolls back the whole transaction.
  private static void rollback(Connection connection, Savepoint savepoint, Exception cause) {
    try {
      if (savepoint == null) {
        connection.rollback();
      } else {
        connection.rollback(savepoint);
      }
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private static boolean isContended(SQLException e) {
    for (SQLException s : causes(e)) {
      if (s.getSQLState() != null && CONTENDED.contains(s.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private static String describe(SQLException e) {
    // A batch failure's own message is often generic; the next exception says what went wrong.
    List<SQLException> all = causes(e);
    SQLException last = all.get(all.size() - 1);
    String state = last.getSQLState() == null ? "" : " (SQL state " + last.getSQLState() + ")";
    return last.getMessage() + state;
  }

  private static List<SQLException> causes(SQLException e) {
    List<SQLException> all = new ArrayList<>();
    for (SQLException s = e; s != null && all.size() < 10; ) {
      all.add(s);
      SQLException next = s.getNextException();
      if (next == null && s.getCause() instanceof SQLException cause && cause != s) {
        next = cause;
      }
      s = next;
    }
    return all;
  }
}
