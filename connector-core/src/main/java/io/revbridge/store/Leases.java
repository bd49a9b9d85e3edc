package io.revbridge.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The lease columns of a queue table ({@code inbox}, {@code outbox}): claiming rows for one instance and
 * handing them back. Package-private helper of the two stores; every call runs inside their transaction.
 */
final class Leases {
  private Leases() {}

  /** The condition a row must meet to be claimed by {@code owner}: unleased, expired, or its own. */
  static final String CLAIMABLE = " (lease_until IS NULL OR lease_until < ? OR lease_owner = ?)";

  /**
   * The condition a row must meet so that no other live instance works on its record: no PENDING row of the
   * same record is leased by another owner whose lease runs at the given time. Parameters: owner, now.
   */
  static String recordFree(String table) {
    return " NOT EXISTS (SELECT 1 FROM " + table + " o WHERE o.connection = " + table + ".connection"
        + " AND o.object_type = " + table + ".object_type AND o.record_id = " + table + ".record_id"
        + " AND o.status = 'PENDING' AND o.lease_owner <> ? AND o.lease_until >= ?)";
  }

  /**
   * Makes claims of one queue take turns across instances until the transaction ends: without it, two claims
   * could both find a record free (neither sees the other's uncommitted lease) and both take one of its rows.
   */
  static void takeTurn(java.sql.Connection c, String queue) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT queue FROM claim_locks WHERE queue = ? FOR UPDATE")) {
      s.setString(1, queue);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new StoreException("the store has no claim lock for the " + queue + " (migration V9 missing?)");
        }
      }
    }
  }

  /** Sets the lease on the given ids. */
  static void lease(java.sql.Connection c, String table, Collection<Long> ids, String owner,
      java.time.Instant until) throws SQLException {
    List<Long> all = List.copyOf(ids);
    for (List<Long> chunk : Jdbc.chunks(all, 500)) {
      try (PreparedStatement s = c.prepareStatement("UPDATE " + table + " SET lease_owner = ?, lease_until = ?"
          + " WHERE id IN (" + Jdbc.placeholders(chunk.size()) + ")")) {
        s.setString(1, owner);
        Jdbc.setInstant(s, 2, until);
        for (int i = 0; i < chunk.size(); i++) {
          s.setLong(i + 3, chunk.get(i));
        }
        s.executeUpdate();
      }
    }
  }

  /** Hands back every lease {@code owner} holds on the table; returns how many rows were leased. */
  static int release(java.sql.Connection c, String table, String owner) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "UPDATE " + table + " SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = ?")) {
      s.setString(1, owner);
      return s.executeUpdate();
    }
  }

  static List<Long> ids(ResultSet r) throws SQLException {
    List<Long> ids = new ArrayList<>();
    while (r.next()) {
      ids.add(r.getLong(1));
    }
    return ids;
  }

  static String requireOwner(String owner) {
    return Columns.required(owner, "lease owner", 200);
  }
}
