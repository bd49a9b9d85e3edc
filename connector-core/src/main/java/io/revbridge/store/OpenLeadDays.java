package io.revbridge.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The open routed leads of each owner, per day of assignment (table {@code routing_open_days}, migration V18), so
 * a routing turn reads capacity in time bounded by the window's days, not by how many leads were ever routed.
 * Every change goes through here, inside the caller's transaction: an assignment adds one to its day, a close takes
 * one off. Days are whole UTC days since 1970-01-01.
 */
final class OpenLeadDays {
  private static final long SECONDS_PER_DAY = 86_400;

  private OpenLeadDays() {}

  /** Adds {@code delta} to the owner's open leads assigned on the day of {@code assignedAt}. */
  static void add(Connection c, String connection, String ownerId, Instant assignedAt, long delta) throws SQLException {
    long day = day(assignedAt);
    try (PreparedStatement s = c.prepareStatement("UPDATE routing_open_days SET open_count = open_count + ?"
        + " WHERE connection = ? AND owner_id = ? AND assigned_day = ?")) {
      s.setLong(1, delta);
      s.setString(2, connection);
      s.setString(3, ownerId);
      s.setLong(4, day);
      if (s.executeUpdate() > 0) {
        return;
      }
    }
    // a first lead of the day; another instance inserting the same row at once fails this one with a unique
    // violation, which reruns the whole turn (Jdbc's contention retry)
    try (PreparedStatement s = c.prepareStatement("INSERT INTO routing_open_days (connection, owner_id, assigned_day,"
        + " open_count) VALUES (?, ?, ?, ?)")) {
      s.setString(1, connection);
      s.setString(2, ownerId);
      s.setLong(3, day);
      s.setLong(4, delta);
      s.executeUpdate();
    }
  }

  /**
   * Closes the record's open assignments ({@code keepOwner} non-null: all but that owner's) and takes them off their
   * days. Returns how many closed.
   */
  static int close(Connection c, String connection, String recordKey, String keepOwner, Instant at, String reason)
      throws SQLException {
    String which = " WHERE connection = ? AND record_key = ? AND closed_at IS NULL"
        + (keepOwner == null ? "" : " AND owner_id <> ?");
    record Open(String ownerId, Instant assignedAt) {}
    List<Open> open = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT owner_id, assigned_at FROM routing_assignments" + which
        + " FOR UPDATE")) {
      bind(s, 1, connection, recordKey, keepOwner);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          open.add(new Open(r.getString(1), Jdbc.getInstant(r, "assigned_at")));
        }
      }
    }
    if (open.isEmpty()) {
      return 0;
    }
    try (PreparedStatement s = c.prepareStatement("UPDATE routing_assignments SET closed_at = ?, closed_reason = ?"
        + which)) {
      Jdbc.setInstant(s, 1, at);
      s.setString(2, reason);
      bind(s, 3, connection, recordKey, keepOwner);
      s.executeUpdate();
    }
    for (Open o : open) {
      add(c, connection, o.ownerId(), o.assignedAt(), -1);
    }
    return open.size();
  }

  /**
   * Per owner, the connection's open leads assigned at or after {@code since} (owners with none are absent): the
   * window's later days from their totals; its first day, which {@code since} may cut, counted exactly from the
   * assignments, and only when that day's totals hold an open lead (rarely: it was {@code open_lead_days} ago).
   */
  static Map<String, Long> since(Connection c, String connection, Instant since) throws SQLException {
    long firstDay = day(since);
    Map<String, Long> open = new LinkedHashMap<>();
    boolean firstDayHasOpen = false;
    try (PreparedStatement s = c.prepareStatement("SELECT owner_id,"
        + " SUM(CASE WHEN assigned_day > ? THEN open_count ELSE 0 END),"
        + " SUM(CASE WHEN assigned_day = ? THEN open_count ELSE 0 END)"
        + " FROM routing_open_days WHERE connection = ? AND assigned_day >= ? GROUP BY owner_id")) {
      s.setLong(1, firstDay);
      s.setLong(2, firstDay);
      s.setString(3, connection);
      s.setLong(4, firstDay);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          open.put(r.getString(1), r.getLong(2));
          firstDayHasOpen |= r.getLong(3) > 0;
        }
      }
    }
    if (firstDayHasOpen) {
      try (PreparedStatement s = c.prepareStatement("SELECT owner_id, COUNT(*) FROM routing_assignments"
          + " WHERE connection = ? AND closed_at IS NULL AND assigned_at >= ? AND assigned_at < ? GROUP BY owner_id")) {
        s.setString(1, connection);
        Jdbc.setInstant(s, 2, since);
        Jdbc.setInstant(s, 3, Instant.ofEpochSecond((firstDay + 1) * SECONDS_PER_DAY));
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            open.merge(r.getString(1), r.getLong(2), Long::sum);
          }
        }
      }
    }
    open.values().removeIf(n -> n <= 0);
    return open;
  }

  private static long day(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), SECONDS_PER_DAY);
  }

  private static void bind(PreparedStatement s, int first, String connection, String recordKey, String keepOwner)
      throws SQLException {
    s.setString(first, connection);
    s.setString(first + 1, recordKey);
    if (keepOwner != null) {
      s.setString(first + 2, keepOwner);
    }
  }
}
