package io.revbridge.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where each poll resumes: one opaque cursor per connection and object type. The core saves a cursor
 * only after the page's changes are in the inbox, so a crash replays a page instead of losing it.
 * Thread-safe; each call is its own transaction.
 */
public final class CursorStore {
  private static final List<String> COLUMNS =
      List.of("connection", "object_type", "cursor_value", "updated_at");

  private final Jdbc jdbc;
  private final String upsert;
  private final Clock clock;

  CursorStore(Jdbc jdbc, SqlDialect dialect, Clock clock) {
    this.jdbc = jdbc;
    this.upsert = dialect.upsert("cursors", COLUMNS, List.of("connection", "object_type"));
    this.clock = clock;
  }

  /** The saved cursor, or empty when this object type was never polled (start from the beginning). */
  public Optional<String> get(String connection, String objectType) {
    return jdbc.inTransaction("read the cursor of " + connection + "/" + objectType, c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT cursor_value FROM cursors WHERE connection = ? AND object_type = ?")) {
        s.setString(1, connection);
        s.setString(2, objectType);
        try (ResultSet rows = s.executeQuery()) {
          return rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty();
        }
      }
    });
  }

  /** Saves the cursor, replacing any earlier one, and stamps the time. */
  public void put(String connection, String objectType, String cursor) {
    Columns.required(connection, "connection", Columns.CONNECTION);
    Columns.required(objectType, "objectType", Columns.OBJECT_TYPE);
    Objects.requireNonNull(cursor, "cursor");
    jdbc.inTransaction("save the cursor of " + connection + "/" + objectType, c -> {
      try (PreparedStatement s = c.prepareStatement(upsert)) {
        s.setString(1, connection);
        s.setString(2, objectType);
        s.setString(3, cursor);
        Jdbc.setInstant(s, 4, clock.instant());
        return s.executeUpdate();
      }
    });
  }

  /** Every saved cursor, by connection then object type (for status pages). */
  public List<CursorRow> all() {
    return jdbc.inTransaction("list cursors", c -> {
      try (PreparedStatement s = c.prepareStatement(
              "SELECT connection, object_type, cursor_value, updated_at FROM cursors"
                  + " ORDER BY connection, object_type");
          ResultSet rows = s.executeQuery()) {
        List<CursorRow> all = new ArrayList<>();
        while (rows.next()) {
          all.add(new CursorRow(rows.getString("connection"), rows.getString("object_type"),
              rows.getString("cursor_value"), Jdbc.getInstant(rows, "updated_at")));
        }
        return all;
      }
    });
  }
}
