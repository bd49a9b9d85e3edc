package io.revbridge.store;

import io.revbridge.model.RecordRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The round robin's durable state: per pool a turn counter, per rep an assignment count, and a log of every turn.
 * {@link #take} locks the pool's row for every choice that takes a turn, so concurrent callers, in this process or
 * another instance on the same PostgreSQL, take turns one after the other and never the same turn. Thread-safe.
 */
public final class RoutingStore {
  private static final int POOL_MAX = 200;
  private static final int RECORD_KEY_MAX = 500;

  private final Jdbc jdbc;
  private final String insertPool;
  private final String upsertCount;

  RoutingStore(Jdbc jdbc, SqlDialect dialect) {
    this.jdbc = jdbc;
    this.insertPool = dialect.insertUnlessExists("routing_pools", List.of("pool", "turns", "updated_at"), "pool");
    this.upsertCount = dialect.upsert("routing_counts", List.of("pool", "owner_id", "assigned"), List.of("pool", "owner_id"));
  }

  /**
   * What a chooser sees of a pool.
   *
   * @param earlierOwner the owner this record got in this pool before, if any
   * @param assigned per owner, the pool's assignment counts (owners never chosen are absent)
   * @param open per owner, the connection's leads assigned to them that are still open (not closed, not routed
   *     again, not given to another owner), assigned since the capacity window began, in every pool
   */
  public record PoolState(Optional<String> earlierOwner, Map<String, Long> assigned, Map<String, Long> open) {}

  /** A chooser's answer: the owner, that owner's new assignment count in the pool, and the rep's weight. */
  public record Choice(String ownerId, long newCount, int weight) {}

  /**
   * Chooses from the pool's state; returns empty to take no turn. Called first on an unlocked read and, when it
   * chooses a turn, again under the pool's lock: it must decide from the state alone.
   */
  @FunctionalInterface
  public interface Chooser {
    Optional<Choice> choose(PoolState state);
  }

  /** A turn taken, or the earlier owner returned without a turn ({@code turn} 0). */
  public record Turn(String ownerId, long turn) {}

  /** Takes the next turn of the pool for the record, as the chooser decides. */
  public Optional<Turn> take(String pool, RecordRef record, Instant now, Instant openSince, Chooser chooser) {
    check(pool, record);
    return jdbc.inTransaction("take a routing turn in " + pool, c -> {
      // A lead that finds every rep at capacity, or keeps the owner the pool gave it before, changes nothing: decided
      // from an unlocked read, it writes nothing and waits for no one. (Locking is a write on H2, and its commit a
      // file write: in a backfill into full teams, that was most of the turns' cost.) Missing a turn committed since
      // the read is the same as having come first.
      PoolState seen = state(c, pool, record, openSince);
      Optional<Choice> unlocked = chooser.choose(seen);
      if (unlocked.isEmpty()) {
        return Optional.<Turn>empty();
      }
      if (seen.earlierOwner().filter(unlocked.get().ownerId()::equals).isPresent()) {
        return Optional.of(new Turn(unlocked.get().ownerId(), 0));
      }
      try (PreparedStatement s = c.prepareStatement(insertPool)) {
        s.setString(1, pool);
        s.setLong(2, 0);
        Jdbc.setInstant(s, 3, now);
        s.executeUpdate();
      }
      long turns;
      try (PreparedStatement s = c.prepareStatement("SELECT turns FROM routing_pools WHERE pool = ? FOR UPDATE")) {
        s.setString(1, pool);
        try (ResultSet r = s.executeQuery()) {
          r.next();
          turns = r.getLong(1);
        }
      }
      PoolState state = state(c, pool, record, openSince);
      Optional<Choice> choice = chooser.choose(state);
      if (choice.isEmpty()) {
        return Optional.<Turn>empty();
      }
      String owner = choice.get().ownerId();
      if (state.earlierOwner().filter(owner::equals).isPresent()) {
        return Optional.of(new Turn(owner, 0));
      }
      long turn = turns + 1;
      try (PreparedStatement s = c.prepareStatement("UPDATE routing_pools SET turns = ?, updated_at = ? WHERE pool = ?")) {
        s.setLong(1, turn);
        Jdbc.setInstant(s, 2, now);
        s.setString(3, pool);
        s.executeUpdate();
      }
      try (PreparedStatement s = c.prepareStatement(upsertCount)) {
        s.setString(1, pool);
        s.setString(2, owner);
        s.setLong(3, choice.get().newCount());
        s.executeUpdate();
      }
      // the record's earlier assignments (another pool, an owner since replaced) no longer hold a rep's capacity
      OpenLeadDays.close(c, record.connection(), record.key(), null, now, "routed again");
      try (PreparedStatement s = c.prepareStatement("INSERT INTO routing_assignments (pool, turn, connection,"
          + " record_key, owner_id, weight, assigned_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        s.setString(1, pool);
        s.setLong(2, turn);
        s.setString(3, record.connection());
        s.setString(4, record.key());
        s.setString(5, owner);
        s.setInt(6, choice.get().weight());
        Jdbc.setInstant(s, 7, now);
        s.executeUpdate();
      }
      OpenLeadDays.add(c, record.connection(), owner, now, 1);
      return Optional.of(new Turn(owner, turn));
    });
  }

  /** The pool as {@link #take} would see it, read without locking or changing anything (explain, dry runs). */
  public PoolState peek(String pool, RecordRef record, Instant openSince) {
    check(pool, record);
    return jdbc.inTransaction("read routing pool " + pool, c -> state(c, pool, record, openSince));
  }

  /** Assignments per pool and owner since a time, for the fairness report; ordered by pool, then owner. */
  public List<FairnessRow> fairness(Instant since) {
    Objects.requireNonNull(since, "since");
    return jdbc.inTransaction("read routing assignments", c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT pool, owner_id, COUNT(*) AS n, MAX(weight) AS w FROM routing_assignments"
          + " WHERE assigned_at >= ? GROUP BY pool, owner_id ORDER BY pool, owner_id")) {
        Jdbc.setInstant(s, 1, since);
        List<FairnessRow> rows = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            rows.add(new FairnessRow(r.getString("pool"), r.getString("owner_id"), r.getLong("n"), r.getInt("w")));
          }
        }
        return rows;
      }
    });
  }

  /** Leads assigned per owner (all pools) in {@code [from, to)}. */
  public Map<String, Long> assignedPerOwner(Instant from, Instant to) {
    return jdbc.inTransaction("count routing assignments per owner", c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT owner_id, COUNT(*) FROM routing_assignments"
          + " WHERE assigned_at >= ? AND assigned_at < ? GROUP BY owner_id")) {
        Jdbc.setInstant(s, 1, from);
        Jdbc.setInstant(s, 2, to);
        Map<String, Long> counts = new java.util.TreeMap<>();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            counts.put(r.getString(1), r.getLong(2));
          }
        }
        return counts;
      }
    });
  }

  /**
   * A routed lead as the CRM shows it now: its owner, and whether its status closed it.
   *
   * @param ownerId the lead's owner now (null: none); an open assignment to anyone else closes
   * @param closedBy the closing status or stage when the lead is closed, else null; every open assignment closes
   */
  public record LeadState(String connection, String recordKey, String ownerId, String closedBy, Instant at) {}

  /**
   * Closes the open assignments these leads no longer hold: all of them for a closed lead, those of other owners
   * for a lead a person (or Revbridge) gave to someone else. Closed assignments stop counting against capacity.
   *
   * @return how many assignments closed
   */
  public int observe(List<LeadState> leads) {
    if (leads.isEmpty()) {
      return 0;
    }
    return jdbc.inTransaction("close routed leads", c -> {
      int closed = 0;
      for (LeadState lead : leads) {
        boolean everyOne = lead.closedBy() != null || lead.ownerId() == null || lead.ownerId().isBlank();
        String reason = lead.closedBy() != null ? "closed: " + lead.closedBy()
            : everyOne ? "owner removed" : "owner changed to " + lead.ownerId();
        closed += OpenLeadDays.close(c, lead.connection(), lead.recordKey(), everyOne ? null : lead.ownerId(),
            lead.at(), reason.length() <= 300 ? reason : reason.substring(0, 300));
      }
      return closed;
    });
  }

  /**
   * Open assignments per owner of a connection, counted from the assignments themselves (routing reads the same
   * figure from {@code routing_open_days}), for tests and reports.
   */
  public Map<String, Long> openByOwner(String connection, Instant since) {
    return jdbc.inTransaction("count open assignments", c -> {
      Map<String, Long> open = new LinkedHashMap<>();
      try (PreparedStatement s = c.prepareStatement("SELECT owner_id, COUNT(*) FROM routing_assignments"
          + " WHERE connection = ? AND assigned_at >= ? AND closed_at IS NULL GROUP BY owner_id ORDER BY owner_id")) {
        s.setString(1, connection);
        Jdbc.setInstant(s, 2, since);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            open.put(r.getString(1), r.getLong(2));
          }
        }
      }
      return open;
    });
  }

  /** How many leads of a pool went to one owner, and the owner's weight (the highest it had in the period). */
  public record FairnessRow(String pool, String ownerId, long assigned, int weight) {}

  private static PoolState state(Connection c, String pool, RecordRef record, Instant openSince) throws SQLException {
    Optional<String> earlier = Optional.empty();
    try (PreparedStatement s = c.prepareStatement("SELECT owner_id FROM routing_assignments WHERE pool = ?"
        + " AND record_key = ? ORDER BY turn DESC FETCH FIRST 1 ROWS ONLY")) {
      s.setString(1, pool);
      s.setString(2, record.key());
      try (ResultSet r = s.executeQuery()) {
        if (r.next()) {
          earlier = Optional.of(r.getString(1));
        }
      }
    }
    Map<String, Long> assigned = new LinkedHashMap<>();
    try (PreparedStatement s = c.prepareStatement("SELECT owner_id, assigned FROM routing_counts WHERE pool = ?")) {
      s.setString(1, pool);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          assigned.put(r.getString(1), r.getLong(2));
        }
      }
    }
    return new PoolState(earlier, assigned, OpenLeadDays.since(c, record.connection(), openSince));
  }

  private static void check(String pool, RecordRef record) {
    Objects.requireNonNull(record, "record");
    if (pool == null || pool.isBlank() || pool.length() > POOL_MAX) {
      throw new IllegalArgumentException("routing pool '" + pool + "' must be 1 to " + POOL_MAX + " characters");
    }
    if (record.key().length() > RECORD_KEY_MAX) {
      throw new IllegalArgumentException("record key " + record.key() + " is longer than " + RECORD_KEY_MAX);
    }
  }
}
