package io.revbridge.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rows per status of a queue table, for metrics and status pages. */
final class StatusCounts {
  private StatusCounts() {}

  /** Every known status in the given order (zero when absent), then any unknown status found. */
  static Map<String, Long> of(Connection c, String table, List<String> statuses) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    statuses.forEach(status -> counts.put(status, 0L));
    try (PreparedStatement s =
            c.prepareStatement("SELECT status, COUNT(*) FROM " + table + " GROUP BY status");
        ResultSet rows = s.executeQuery()) {
      while (rows.next()) {
        counts.put(rows.getString(1), rows.getLong(2));
      }
    }
    return Collections.unmodifiableMap(counts);
  }

  /** Rows with this status per connection (connections without any are absent). */
  static Map<String, Long> byConnection(Connection c, String table, String status) throws SQLException {
    Map<String, Long> counts = new java.util.TreeMap<>();
    try (PreparedStatement s = c.prepareStatement(
        "SELECT connection, COUNT(*) FROM " + table + " WHERE status = ? GROUP BY connection")) {
      s.setString(1, status);
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          counts.put(rows.getString(1), rows.getLong(2));
        }
      }
    }
    return Collections.unmodifiableMap(counts);
  }
}
