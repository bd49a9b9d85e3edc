package io.revbridge.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The durable queue of notifications. A row is PENDING until SENT, DEAD (the sender gave up) or EXPIRED (too old
 * to be worth sending). {@link #claimDue} leases rows, so two instances never send one notification at once.
 * Thread-safe; each call is its own transaction.
 */
public final class NotificationStore {
  private static final List<String> COLUMNS = List.of("notification_key", "kind", "payload", "status", "attempts",
      "delivered_to", "next_attempt_at", "created_at", "updated_at");

  private final Jdbc jdbc;
  private final String insert;

  NotificationStore(Jdbc jdbc, SqlDialect dialect) {
    this.jdbc = jdbc;
    this.insert = dialect.insertUnlessExists("notifications", COLUMNS, "notification_key");
  }

  /** Queues a notification, due at once. @return false when one with this key was queued before */
  public boolean enqueue(String key, String kind, String payload, Instant now) {
    Columns.required(key, "notification key", 1000);
    Objects.requireNonNull(payload, "payload");
    return jdbc.inTransaction("queue notification " + key, c -> {
      try (PreparedStatement s = c.prepareStatement(insert)) {
        s.setString(1, key);
        s.setString(2, kind);
        s.setString(3, payload);
        s.setString(4, NotificationRow.PENDING);
        s.setInt(5, 0);
        s.setString(6, "");
        Jdbc.setInstant(s, 7, now);
        Jdbc.setInstant(s, 8, now);
        Jdbc.setInstant(s, 9, now);
        return s.executeUpdate() > 0;
      }
    });
  }

  /**
   * Up to {@code limit} due PENDING rows, oldest first, each leased for {@code lease}: another caller sees them
   * again only after the lease, if this one has not settled them by then.
   */
  public List<NotificationRow> claimDue(Instant now, int limit, Duration lease) {
    Jdbc.requireLimit(limit);
    return jdbc.inTransaction("claim due notifications", c -> {
      List<NotificationRow> candidates = new ArrayList<>();
      Map<Long, Instant> dueAt = new TreeMap<>();
      try (PreparedStatement s = c.prepareStatement("SELECT id, notification_key, kind, payload, attempts,"
          + " delivered_to, next_attempt_at, created_at FROM notifications WHERE status = ? AND next_attempt_at <= ?"
          + " ORDER BY id FETCH FIRST ? ROWS ONLY")) {
        s.setString(1, NotificationRow.PENDING);
        Jdbc.setInstant(s, 2, now);
        s.setInt(3, limit);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            candidates.add(new NotificationRow(r.getLong("id"), r.getString("notification_key"), r.getString("kind"),
                r.getString("payload"), r.getInt("attempts"), channels(r.getString("delivered_to")),
                Jdbc.getInstant(r, "created_at")));
            dueAt.put(r.getLong("id"), Jdbc.getInstant(r, "next_attempt_at"));
          }
        }
      }
      List<NotificationRow> claimed = new ArrayList<>();
      for (NotificationRow row : candidates) {
        // Only the caller whose update still finds the row as it was read owns it.
        try (PreparedStatement s = c.prepareStatement("UPDATE notifications SET next_attempt_at = ?, updated_at = ?"
            + " WHERE id = ? AND status = ? AND next_attempt_at = ?")) {
          Jdbc.setInstant(s, 1, now.plus(lease));
          Jdbc.setInstant(s, 2, now);
          s.setLong(3, row.id());
          s.setString(4, NotificationRow.PENDING);
          Jdbc.setInstant(s, 5, dueAt.get(row.id()));
          if (s.executeUpdate() == 1) {
            claimed.add(row);
          }
        }
      }
      return claimed;
    });
  }

  /** Records the outcome of one attempt. @param status PENDING to retry at {@code next}, or a final status */
  public void settle(long id, String status, Set<String> deliveredTo, int attempts, Instant next, String error,
      Instant now) {
    jdbc.inTransaction("update notification " + id, c -> {
      try (PreparedStatement s = c.prepareStatement("UPDATE notifications SET status = ?, delivered_to = ?,"
          + " attempts = ?, next_attempt_at = ?, last_error = ?, updated_at = ? WHERE id = ?")) {
        s.setString(1, status);
        s.setString(2, String.join(",", new TreeSet<>(deliveredTo)));
        s.setInt(3, attempts);
        Jdbc.setInstant(s, 4, next);
        s.setString(5, error);
        Jdbc.setInstant(s, 6, now);
        s.setLong(7, id);
        return s.executeUpdate();
      }
    });
  }

  /** Rows per status, for metrics and tests. */
  public Map<String, Long> countByStatus() {
    return jdbc.inTransaction("count notifications", c -> {
      Map<String, Long> counts = new TreeMap<>();
      try (PreparedStatement s = c.prepareStatement("SELECT status, COUNT(*) FROM notifications GROUP BY status");
          ResultSet r = s.executeQuery()) {
        while (r.next()) {
          counts.put(r.getString(1), r.getLong(2));
        }
      }
      return counts;
    });
  }

  private static Set<String> channels(String text) {
    return text == null || text.isEmpty() ? Set.of()
        : Arrays.stream(text.split(",")).collect(Collectors.toUnmodifiableSet());
  }
}
