package io.revbridge.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The durable, deduplicated queue of changes received from change feeds and webhooks. A change is
 * PENDING until the engine marks it DONE (dropping its payload) or FAILED; rows are kept either way, so a restart
 * resumes from the pending ones and a replayed webhook is recognised by its event key.
 * Thread-safe; each call is its own transaction.
 */
public final class InboxStore {
  private static final List<String> COLUMNS = List.of("event_key", "connection", "object_type",
      "record_id", "kind", "occurred_at", "payload", "status", "received_at");
  private static final String SELECT = "SELECT id, event_key, connection, object_type, record_id,"
      + " kind, occurred_at, payload, status, received_at, last_error FROM inbox";

  private final Jdbc jdbc;
  private final String insert;
  private final String skipLocked;
  private final Clock clock;

  InboxStore(Jdbc jdbc, SqlDialect dialect, Clock clock) {
    this.jdbc = jdbc;
    this.insert = dialect.insertUnlessExists("inbox", COLUMNS, "event_key");
    this.skipLocked = dialect.forUpdateSkipLocked();
    this.clock = clock;
  }

  /**
   * Adds the drafts as PENDING, ignoring every draft whose event key is already in the inbox (or
   * earlier in the list), also when another thread or instance adds the same key at the same moment.
   * All drafts are added in one transaction: all or none.
   *
   * @return how many were new
   */
  public int add(List<InboxDraft> drafts) {
    // Keyed in sorted order so that concurrent adders lock the same keys in the same order and cannot
    // deadlock each other.
    Map<String, InboxDraft> byKey = new TreeMap<>();
    drafts.forEach(d -> byKey.putIfAbsent(d.eventKey(), d));
    if (byKey.isEmpty()) {
      return 0;
    }
    Instant now = clock.instant();
    return jdbc.inTransaction("add " + byKey.size() + " changes to the inbox", c -> {
      try (PreparedStatement s = c.prepareStatement(insert)) {
        for (InboxDraft d : byKey.values()) {
          s.setString(1, d.eventKey());
          s.setString(2, d.connection());
          s.setString(3, d.objectType());
          s.setString(4, d.recordId());
          s.setString(5, d.kind());
          Jdbc.setInstant(s, 6, d.occurredAt());
          s.setString(7, d.payload());
          s.setString(8, InboxEntry.PENDING);
          Jdbc.setInstant(s, 9, now);
          s.addBatch();
        }
        int added = 0;
        for (int count : s.executeBatch()) {
          added += count > 0 ? 1 : 0;
        }
        return added;
      }
    });
  }

  /** Up to {@code limit} PENDING changes, oldest first (by occurredAt, then arrival). */
  public List<InboxEntry> pending(int limit) {
    Jdbc.requireLimit(limit);
    return jdbc.inTransaction("read pending inbox changes", c -> {
      try (PreparedStatement s = c.prepareStatement(
          SELECT + " WHERE status = ? ORDER BY occurred_at, id FETCH FIRST ? ROWS ONLY")) {
        s.setString(1, InboxEntry.PENDING);
        s.setInt(2, limit);
        return read(s);
      }
    });
  }

  /**
   * Claims up to {@code limit} PENDING changes for {@code owner}, oldest first, leasing them for
   * {@code leaseFor}: changes leased by another instance whose lease has not run out are left to it, so
   * instances sharing the store take disjoint changes. The owner's own leases are claimed again.
   *
   * <p>Per record: while another instance holds a live lease on a pending change of a record, no change of
   * that record is claimed here, so two instances never process two versions of one record at once.
   */
  public List<InboxEntry> claim(String owner, Duration leaseFor, int limit) {
    Leases.requireOwner(owner);
    Jdbc.requireLimit(limit);
    Instant now = clock.instant();
    return jdbc.inTransaction("claim pending inbox changes", c -> {
      Leases.takeTurn(c, "inbox");
      List<InboxEntry> claimed;
      try (PreparedStatement s = c.prepareStatement(SELECT + " WHERE status = ? AND" + Leases.CLAIMABLE
          + " AND" + Leases.recordFree("inbox") + " ORDER BY occurred_at, id FETCH FIRST ? ROWS ONLY" + skipLocked)) {
        s.setString(1, InboxEntry.PENDING);
        Jdbc.setInstant(s, 2, now);
        s.setString(3, owner);
        s.setString(4, owner);
        Jdbc.setInstant(s, 5, now);
        s.setInt(6, limit);
        claimed = read(s);
      }
      Leases.lease(c, "inbox", claimed.stream().map(InboxEntry::id).toList(), owner, now.plus(leaseFor));
      return claimed;
    });
  }

  /** Hands back the owner's leases on changes still pending; returns how many rows were leased. */
  public int releaseLeases(String owner) {
    return jdbc.inTransaction("release inbox leases of " + owner, c -> Leases.release(c, "inbox", owner));
  }

  /**
   * Marks the changes DONE, ends their leases and drops their payloads; ids that do not exist are skipped. The row
   * stays for its event key (a replayed webhook is still recognised); nothing reads a done change's record again,
   * and without it the row is a fraction of its size (a polled record is most of it) wherever its page is written.
   * (A done row kept its lease, so handing the leases back after each round wrote every row of the round a second
   * time.)
   */
  public void markDone(Collection<Long> ids) {
    List<Long> all = List.copyOf(ids);
    if (all.isEmpty()) {
      return;
    }
    jdbc.inTransaction("mark " + all.size() + " inbox changes done", c -> {
      for (List<Long> chunk : Jdbc.chunks(all, 500)) {
        try (PreparedStatement s = c.prepareStatement(
            "UPDATE inbox SET status = ?, payload = NULL, lease_owner = NULL, lease_until = NULL WHERE id IN ("
                + Jdbc.placeholders(chunk.size()) + ")")) {
          s.setString(1, InboxEntry.DONE);
          for (int i = 0; i < chunk.size(); i++) {
            s.setLong(i + 2, chunk.get(i));
          }
          s.executeUpdate();
        }
      }
      return null;
    });
  }

  /**
   * Marks one change FAILED with the reason; the row stays for inspection and is no longer pending.
   *
   * @throws StoreException when no change has this id
   */
  public void markFailed(long id, String error) {
    jdbc.inTransaction("mark inbox change " + id + " failed", c -> {
      try (PreparedStatement s =
          c.prepareStatement("UPDATE inbox SET status = ?, last_error = ?, lease_owner = NULL, lease_until = NULL"
              + " WHERE id = ?")) {
        s.setString(1, InboxEntry.FAILED);
        s.setString(2, error);
        s.setLong(3, id);
        if (s.executeUpdate() == 0) {
          throw new StoreException("There is no inbox change with id " + id);
        }
        return null;
      }
    });
  }

  /** PENDING rows per connection: the backlog each connection has (connections without any are absent). */
  public Map<String, Long> pendingByConnection() {
    return jdbc.inTransaction("count pending rows per connection", c ->
        StatusCounts.byConnection(c, "inbox", InboxEntry.PENDING));
  }

  /** How many changes are PENDING, DONE and FAILED (each status present, zero when none). */
  public Map<String, Long> countByStatus() {
    return jdbc.inTransaction("count inbox changes", c -> StatusCounts.of(c, "inbox",
        List.of(InboxEntry.PENDING, InboxEntry.DONE, InboxEntry.FAILED)));
  }

  private static List<InboxEntry> read(PreparedStatement s) throws SQLException {
    List<InboxEntry> entries = new ArrayList<>();
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        entries.add(new InboxEntry(r.getLong("id"), r.getString("event_key"), r.getString("connection"),
            r.getString("object_type"), r.getString("record_id"), r.getString("kind"),
            Jdbc.getInstant(r, "occurred_at"), r.getString("payload"), r.getString("status"),
            Jdbc.getInstant(r, "received_at"), r.getString("last_error")));
      }
    }
    return entries;
  }
}
