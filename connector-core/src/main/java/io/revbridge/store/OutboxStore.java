package io.revbridge.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The durable queue of CRM writes. A write is PENDING until it is DONE, or DEAD after the engine gives
 * up; {@code attempts} counts failures. Rows are kept, so the idempotency key still refuses a replayed
 * write after it was sent. Thread-safe; each call is its own transaction.
 */
public final class OutboxStore {
  private static final List<String> COLUMNS = List.of("idempotency_key", "connection", "object_type",
      "record_id", "kind", "payload", "status", "attempts", "next_attempt_at", "created_at",
      "updated_at");
  private static final String SELECT = "SELECT id, idempotency_key, connection, object_type,"
      + " record_id, kind, payload, status, attempts, next_attempt_at, last_error, created_at,"
      + " updated_at FROM outbox";

  private final Jdbc jdbc;
  private final String insert;
  private final String skipLocked;
  private final Clock clock;

  OutboxStore(Jdbc jdbc, SqlDialect dialect, Clock clock) {
    this.jdbc = jdbc;
    this.insert = dialect.insertUnlessExists("outbox", COLUMNS, "idempotency_key");
    this.skipLocked = dialect.forUpdateSkipLocked();
    this.clock = clock;
  }

  /**
   * Queues the write as PENDING, due at once.
   *
   * @return false when a write with this idempotency key was queued before (whatever its status)
   */
  public boolean enqueue(OutboxDraft d) {
    Objects.requireNonNull(d, "draft");
    Instant now = clock.instant();
    return jdbc.inTransaction("queue write " + d.idempotencyKey(), c -> {
      try (PreparedStatement s = c.prepareStatement(insert)) {
        bind(s, d, now);
        return s.executeUpdate() > 0;
      }
    });
  }

  /**
   * Queues the writes in one transaction, in their order (so their ids keep it); a write whose idempotency key was
   * queued before is left out. One transaction instead of one per write: a commit is most of a write's cost.
   */
  public void enqueueAll(List<OutboxDraft> drafts) {
    drafts.forEach(d -> Objects.requireNonNull(d, "draft"));
    if (drafts.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    jdbc.inTransaction("queue " + drafts.size() + " writes", c -> {
      try (PreparedStatement s = c.prepareStatement(insert)) {
        for (OutboxDraft d : drafts) {
          bind(s, d, now);
          s.addBatch();
        }
        s.executeBatch();
        return null;
      }
    });
  }

  private static void bind(PreparedStatement s, OutboxDraft d, Instant now) throws java.sql.SQLException {
    s.setString(1, d.idempotencyKey());
    s.setString(2, d.connection());
    s.setString(3, d.objectType());
    s.setString(4, d.recordId());
    s.setString(5, d.kind().name());
    s.setString(6, d.payload());
    s.setString(7, OutboxEntry.PENDING);
    s.setInt(8, 0);
    Jdbc.setInstant(s, 9, now);
    Jdbc.setInstant(s, 10, now);
    Jdbc.setInstant(s, 11, now);
  }

  /**
   * Up to {@code limit} PENDING writes whose next attempt is due at {@code now}, in the order they
   * were queued (so two writes to one record are sent in order). Reading does not claim them.
   */
  public List<OutboxEntry> due(Instant now, int limit) {
    Objects.requireNonNull(now, "now");
    Jdbc.requireLimit(limit);
    return jdbc.inTransaction("read due writes", c -> {
      try (PreparedStatement s = c.prepareStatement(SELECT
          + " WHERE status = ? AND next_attempt_at <= ? ORDER BY id FETCH FIRST ? ROWS ONLY")) {
        s.setString(1, OutboxEntry.PENDING);
        Jdbc.setInstant(s, 2, now);
        s.setInt(3, limit);
        return read(s);
      }
    });
  }

  /**
   * Claims up to {@code limit} PENDING writes of the given connections that are due at {@code now}, in
   * the order they were queued, leasing them to {@code owner} for {@code leaseFor}. Writes leased by
   * another instance whose lease has not run out are left to it, so instances sharing the store never
   * send the same write at the same time; the owner's own leases are claimed again. Settling a write
   * (done, retry, dead, skipped) ends its lease. Per record: while another instance holds a live lease on a
   * pending write of a record, no write of that record is claimed here, so writes to one record are never
   * sent by two instances at once (and so never overtake each other).
   */
  public OutboxClaim claimDue(String owner, Instant now, Duration leaseFor, Collection<String> connections,
      int limit) {
    Leases.requireOwner(owner);
    Objects.requireNonNull(now, "now");
    Jdbc.requireLimit(limit);
    List<String> names = List.copyOf(connections);
    if (names.isEmpty()) {
      return OutboxClaim.NONE;
    }
    return jdbc.inTransaction("claim due writes", c -> {
      List<OutboxEntry> claimed;
      Set<Long> inDoubt = new HashSet<>();
      Leases.takeTurn(c, "outbox");
      // Settling or handing back a write clears its lease; a lease still set means its last claim never ended.
      try (PreparedStatement s = c.prepareStatement(SELECT.replace(" FROM outbox", ", lease_owner FROM outbox")
          + " WHERE status = ? AND next_attempt_at <= ? AND"
          + " connection IN (" + Jdbc.placeholders(names.size()) + ") AND" + Leases.CLAIMABLE
          + " AND" + Leases.recordFree("outbox") + " ORDER BY id FETCH FIRST ? ROWS ONLY" + skipLocked)) {
        int i = 1;
        s.setString(i++, OutboxEntry.PENDING);
        Jdbc.setInstant(s, i++, now);
        for (String name : names) {
          s.setString(i++, name);
        }
        Jdbc.setInstant(s, i++, now);
        s.setString(i++, owner);
        s.setString(i++, owner);
        Jdbc.setInstant(s, i++, now);
        s.setInt(i, limit);
        claimed = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            OutboxEntry e = entry(r);
            claimed.add(e);
            if (r.getString("lease_owner") != null) {
              inDoubt.add(e.id());
            }
          }
        }
      }
      Leases.lease(c, "outbox", claimed.stream().map(OutboxEntry::id).toList(), owner, now.plus(leaseFor));
      return new OutboxClaim(claimed, inDoubt);
    });
  }

  /**
   * Hands back the owner's leases on writes still pending, so any instance may claim them at once; returns
   * how many. The lease is ended, not erased: whether a handed-back write reached the CRM is not known (its
   * call may have failed after the CRM applied it), so the next claim reports it in doubt.
   */
  public int releaseLeases(String owner) {
    Leases.requireOwner(owner);
    return jdbc.inTransaction("release outbox leases of " + owner, c -> {
      try (PreparedStatement s = c.prepareStatement(
          "UPDATE outbox SET lease_until = ? WHERE lease_owner = ? AND status = ?")) {
        Jdbc.setInstant(s, 1, Instant.EPOCH);
        s.setString(2, owner);
        s.setString(3, OutboxEntry.PENDING);
        return s.executeUpdate();
      }
    });
  }

  /**
   * Hands back writes this owner claimed and never sent (none of their calls began), as if never claimed: unlike
   * {@link #releaseLeases}, the next claim does not report them in doubt. Pass only writes that were not in doubt
   * when claimed; returns how many were handed back.
   */
  public int unclaim(String owner, Collection<Long> ids) {
    Leases.requireOwner(owner);
    if (ids.isEmpty()) {
      return 0;
    }
    return jdbc.inTransaction("hand back unsent writes of " + owner, c -> {
      int n = 0;
      for (List<Long> chunk : Jdbc.chunks(List.copyOf(ids), 500)) {
        try (PreparedStatement s = c.prepareStatement("UPDATE outbox SET lease_owner = NULL, lease_until = NULL"
            + " WHERE id IN (" + Jdbc.placeholders(chunk.size()) + ") AND lease_owner = ? AND status = ?")) {
          int i = 1;
          for (long id : chunk) {
            s.setLong(i++, id);
          }
          s.setString(i++, owner);
          s.setString(i, OutboxEntry.PENDING);
          n += s.executeUpdate();
        }
      }
      return n;
    });
  }

  /**
   * Marks the write DONE.
   *
   * @throws StoreException when no write has this id
   */
  public void markDone(long id) {
    markDone(List.of(id));
  }

  /**
   * Marks the writes DONE in one transaction, counting the newly settled ones in their hour ({@link #donePerHour}).
   *
   * @throws StoreException when one of the ids names no write (then none is marked)
   */
  public void markDone(List<Long> ids) {
    if (ids.isEmpty()) {
      return;
    }
    String what = ids.size() == 1 ? "write " + ids.get(0) : ids.size() + " writes";
    jdbc.inTransaction("mark " + what + " done", c -> {
      Map<String, Integer> newlyDone = new java.util.LinkedHashMap<>();
      try (PreparedStatement s = c.prepareStatement("SELECT connection, status FROM outbox WHERE id = ?")) {
        for (long id : ids) {
          s.setLong(1, id);
          try (ResultSet r = s.executeQuery()) {
            requireRow(r.next() ? 1 : 0, id);
            if (!OutboxEntry.DONE.equals(r.getString(2))) {
              newlyDone.merge(r.getString(1), 1, Integer::sum);
            }
          }
        }
      }
      Instant now = clock.instant();
      try (PreparedStatement s =
          c.prepareStatement("UPDATE outbox SET status = ?, updated_at = ?,"
          + " lease_owner = NULL, lease_until = NULL WHERE id = ?")) {
        for (long id : ids) {
          s.setString(1, OutboxEntry.DONE);
          Jdbc.setInstant(s, 2, now);
          s.setLong(3, id);
          s.addBatch();
        }
        int[] counts = s.executeBatch();
        for (int i = 0; i < counts.length; i++) {
          if (counts[i] != java.sql.Statement.SUCCESS_NO_INFO) {
            requireRow(counts[i], ids.get(i));
          }
        }
      }
      for (Map.Entry<String, Integer> e : newlyDone.entrySet()) {
        countDone(c, e.getKey(), now, e.getValue());
      }
      return null;
    });
  }

  /** More writes settled in this hour ({@link #donePerHour}); a concurrent first insert is retried by Jdbc. */
  private static void countDone(java.sql.Connection c, String connection, Instant at, int writes) throws SQLException {
    Instant hour = Instant.ofEpochSecond(at.getEpochSecond() / 3600 * 3600);
    try (PreparedStatement s = c.prepareStatement(
        "UPDATE write_counts SET writes = writes + ? WHERE connection = ? AND hour_start = ?")) {
      s.setInt(1, writes);
      s.setString(2, connection);
      Jdbc.setInstant(s, 3, hour);
      if (s.executeUpdate() > 0) {
        return;
      }
    }
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO write_counts (connection, hour_start, writes) VALUES (?, ?, ?)")) {
      s.setString(1, connection);
      Jdbc.setInstant(s, 2, hour);
      s.setInt(3, writes);
      s.executeUpdate();
    }
  }

  /**
   * Counts a failed attempt, keeps its error and schedules the next attempt; the write stays PENDING.
   *
   * @throws StoreException when no write has this id
   */
  public void markRetry(long id, Instant nextAttemptAt, String error) {
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    jdbc.inTransaction("schedule a retry of write " + id, c -> {
      try (PreparedStatement s = c.prepareStatement("UPDATE outbox SET attempts = attempts + 1,"
          + " next_attempt_at = ?, last_error = ?, updated_at = ?, lease_owner = NULL, lease_until = NULL WHERE id = ?")) {
        Jdbc.setInstant(s, 1, nextAttemptAt);
        s.setString(2, error);
        Jdbc.setInstant(s, 3, clock.instant());
        s.setLong(4, id);
        requireRow(s.executeUpdate(), id);
        return null;
      }
    });
  }

  /**
   * Counts the last failed attempt, keeps its error and gives up: DEAD writes are never due again.
   *
   * @throws StoreException when no write has this id
   */
  public void markDead(long id, String error) {
    jdbc.inTransaction("mark write " + id + " dead", c -> {
      try (PreparedStatement s = c.prepareStatement("UPDATE outbox SET attempts = attempts + 1,"
          + " status = ?, last_error = ?, updated_at = ?, lease_owner = NULL, lease_until = NULL WHERE id = ?")) {
        s.setString(1, OutboxEntry.DEAD);
        s.setString(2, error);
        Jdbc.setInstant(s, 3, clock.instant());
        s.setLong(4, id);
        requireRow(s.executeUpdate(), id);
        return null;
      }
    });
  }

  /**
   * Settles the write without sending it, keeping why: its record was deleted in the CRM. SKIPPED writes
   * are never due again and are not failures.
   *
   * @throws StoreException when no write has this id
   */
  public void markSkipped(long id, String reason) {
    jdbc.inTransaction("mark write " + id + " skipped", c -> {
      try (PreparedStatement s = c.prepareStatement(
          "UPDATE outbox SET status = ?, last_error = ?, updated_at = ?,"
          + " lease_owner = NULL, lease_until = NULL WHERE id = ?")) {
        s.setString(1, OutboxEntry.SKIPPED);
        s.setString(2, reason);
        Jdbc.setInstant(s, 3, clock.instant());
        s.setLong(4, id);
        requireRow(s.executeUpdate(), id);
        return null;
      }
    });
  }

  /**
   * Makes a DEAD write due again with a fresh count of attempts: what {@code dlq replay} does for a
   * write that failed for good. The write is found by its record and its exact payload, which is what
   * its dead letter keeps.
   *
   * @return the id of the write queued again, or empty when no DEAD write matches (it was replayed
   *     already, or the letter did not come from the outbox)
   */
  public Optional<Long> requeueDead(String connection, String objectType, String recordId, String payload) {
    Objects.requireNonNull(payload, "payload");
    Instant now = clock.instant();
    return jdbc.inTransaction("queue a dead write to " + objectType + "/" + recordId + " again", c -> {
      Long found = null;
      try (PreparedStatement s = c.prepareStatement(SELECT
          + " WHERE status = ? AND connection = ? AND object_type = ? AND record_id = ? ORDER BY id DESC")) {
        s.setString(1, OutboxEntry.DEAD);
        s.setString(2, connection);
        s.setString(3, objectType);
        s.setString(4, recordId);
        for (OutboxEntry e : read(s)) {
          if (payload.equals(e.payload())) {
            found = e.id();
            break;
          }
        }
      }
      if (found == null) {
        return Optional.<Long>empty();
      }
      try (PreparedStatement s = c.prepareStatement("UPDATE outbox SET status = ?, attempts = 0,"
          + " next_attempt_at = ?, updated_at = ? WHERE id = ? AND status = ?")) {
        s.setString(1, OutboxEntry.PENDING);
        Jdbc.setInstant(s, 2, now);
        Jdbc.setInstant(s, 3, now);
        s.setLong(4, found);
        s.setString(5, OutboxEntry.DEAD);
        return s.executeUpdate() == 1 ? Optional.of(found) : Optional.<Long>empty();
      }
    });
  }

  /** PENDING rows per connection: the backlog each connection has (connections without any are absent). */
  public Map<String, Long> pendingByConnection() {
    return jdbc.inTransaction("count pending rows per connection", c ->
        StatusCounts.byConnection(c, "outbox", OutboxEntry.PENDING));
  }

  /** How many writes are PENDING, DONE, DEAD and SKIPPED (each status present, zero when none). */
  public Map<String, Long> countByStatus() {
    return jdbc.inTransaction("count writes", c -> StatusCounts.of(c, "outbox",
        List.of(OutboxEntry.PENDING, OutboxEntry.DONE, OutboxEntry.DEAD, OutboxEntry.SKIPPED)));
  }

  /**
   * Up to {@code limit} writes queued for one record (field updates; tasks are queued under object type
   * {@code tasks} with the record's id), newest first, whatever their status.
   */
  public List<OutboxEntry> forRecord(String connection, String objectType, String recordId, int limit) {
    Jdbc.requireLimit(limit);
    return jdbc.inTransaction("read the writes of " + connection + "/" + objectType + "/" + recordId, c -> {
      try (PreparedStatement s = c.prepareStatement(SELECT + " WHERE connection = ? AND object_type = ?"
          + " AND record_id = ? ORDER BY id DESC FETCH FIRST ? ROWS ONLY")) {
        s.setString(1, connection);
        s.setString(2, objectType);
        s.setString(3, recordId);
        s.setInt(4, limit);
        return read(s);
      }
    });
  }

  /**
   * Writes settled as DONE per connection and hour, from the hour {@code since} falls in: the key of each inner map is
   * the hour's start in epoch hours ({@code epochSecond / 3600}). Hours without writes are absent. Counted as writes
   * are marked done (table {@code write_counts}), so it costs a few rows however busy the day was.
   */
  public Map<String, Map<Long, Long>> donePerHour(Instant since) {
    Objects.requireNonNull(since, "since");
    Instant fromHour = Instant.ofEpochSecond(since.getEpochSecond() / 3600 * 3600);
    return jdbc.inTransaction("count writes per hour", c -> {
      Map<String, Map<Long, Long>> counts = new java.util.TreeMap<>();
      try (PreparedStatement s = c.prepareStatement("SELECT connection, hour_start, writes FROM write_counts"
          + " WHERE hour_start >= ?")) {
        Jdbc.setInstant(s, 1, fromHour);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            counts.computeIfAbsent(r.getString(1), k -> new java.util.TreeMap<>())
                .put(Jdbc.getInstant(r, "hour_start").getEpochSecond() / 3600, r.getLong(3));
          }
        }
      }
      return counts;
    });
  }

  /** The write queued under this idempotency key, whatever its status. */
  public Optional<OutboxEntry> byKey(String key) {
    return jdbc.inTransaction("read write " + key, c -> {
      try (PreparedStatement s = c.prepareStatement(SELECT + " WHERE idempotency_key = ?")) {
        s.setString(1, key);
        return read(s).stream().findFirst();
      }
    });
  }

  private static void requireRow(int updated, long id) {
    if (updated == 0) {
      throw new StoreException("There is no outbox write with id " + id);
    }
  }

  private static List<OutboxEntry> read(PreparedStatement s) throws SQLException {
    List<OutboxEntry> entries = new ArrayList<>();
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        entries.add(entry(r));
      }
    }
    return entries;
  }

  private static OutboxEntry entry(ResultSet r) throws SQLException {
    return new OutboxEntry(r.getLong("id"), r.getString("idempotency_key"),
        r.getString("connection"), r.getString("object_type"), r.getString("record_id"),
        OutboxKind.valueOf(r.getString("kind")), r.getString("payload"), r.getString("status"),
        r.getInt("attempts"), Jdbc.getInstant(r, "next_attempt_at"), r.getString("last_error"),
        Jdbc.getInstant(r, "created_at"), Jdbc.getInstant(r, "updated_at"));
  }
}
