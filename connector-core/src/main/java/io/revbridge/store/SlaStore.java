package io.revbridge.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SLA clocks. Every change is a guarded update of an OPEN row, so of several instances exactly one sends a
 * reminder or escalates a breach. Thread-safe; each call is its own transaction.
 */
public final class SlaStore {
  private static final List<String> COLUMNS = List.of("record_key", "owner_id", "team", "grade", "lead_status",
      "status", "started_at", "remind_at", "due_at");
  private static final String SELECT = "SELECT record_key, owner_id, team, grade, lead_status, started_at, remind_at,"
      + " due_at FROM sla_timers";

  private final Jdbc jdbc;

  SlaStore(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** Starts the clock; a clock for the same record and owner is kept as it is. */
  public void start(SlaTimer t) {
    jdbc.inTransaction("start the SLA of " + t.recordKey(), c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM sla_timers WHERE record_key = ? AND owner_id = ?")) {
        s.setString(1, t.recordKey());
        s.setString(2, t.ownerId());
        try (ResultSet r = s.executeQuery()) {
          if (r.next()) {
            return 0;
          }
        }
      }
      // A concurrent start of the same clock fails on the primary key, and Jdbc runs this again.
      try (PreparedStatement s = c.prepareStatement("INSERT INTO sla_timers (" + String.join(", ", COLUMNS)
          + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        s.setString(1, t.recordKey());
        s.setString(2, t.ownerId());
        s.setString(3, t.team());
        s.setString(4, t.grade());
        s.setString(5, t.leadStatus());
        s.setString(6, SlaTimer.OPEN);
        Jdbc.setInstant(s, 7, t.startedAt());
        Jdbc.setInstant(s, 8, t.remindAt());
        Jdbc.setInstant(s, 9, t.dueAt());
        return s.executeUpdate();
      }
    });
  }

  /**
   * What the CRM shows of a lead now: a status other than at the start is the first touch; an owner other than the
   * clock's (set by a person) stops it.
   */
  public void observe(String recordKey, String ownerId, String leadStatus, Instant at) {
    observeAll(List.of(new Observation(recordKey, ownerId, leadStatus, at)));
  }

  /** A lead as the CRM showed it: its key, owner and status, and when. */
  public record Observation(String recordKey, String ownerId, String leadStatus, Instant at) {}

  /** {@link #observe} for a batch of leads, in one transaction. */
  public void observeAll(List<Observation> observations) {
    if (observations.isEmpty()) {
      return;
    }
    jdbc.inTransaction("observe SLA clocks", c -> {
      try (PreparedStatement touched = c.prepareStatement("UPDATE sla_timers SET status = ?, settled_at = ?"
              + " WHERE record_key = ? AND status = ? AND COALESCE(lead_status, '') <> ?");
          PreparedStatement stopped = c.prepareStatement("UPDATE sla_timers SET status = ?, settled_at = ?"
              + " WHERE record_key = ? AND status = ? AND owner_id <> ?")) {
        for (Observation o : observations) {
          touched.setString(1, SlaTimer.TOUCHED);
          Jdbc.setInstant(touched, 2, o.at());
          touched.setString(3, o.recordKey());
          touched.setString(4, SlaTimer.OPEN);
          touched.setString(5, o.leadStatus() == null ? "" : o.leadStatus());
          touched.addBatch();
          if (o.ownerId() != null && !o.ownerId().isBlank()) {
            stopped.setString(1, SlaTimer.STOPPED);
            Jdbc.setInstant(stopped, 2, o.at());
            stopped.setString(3, o.recordKey());
            stopped.setString(4, SlaTimer.OPEN);
            stopped.setString(5, o.ownerId());
            stopped.addBatch();
          }
        }
        touched.executeBatch();
        stopped.executeBatch();
      }
      return null;
    });
  }

  /** Open clocks whose reminder is due and not yet sent; each is marked reminded by the caller that gets it. */
  public List<SlaTimer> takeReminders(Instant now) {
    return take(now, "remind_at", "reminded_at IS NULL", "reminded_at = ?", null);
  }

  /** Open clocks past their due time, each marked BREACHED by the caller that gets it. */
  public List<SlaTimer> takeBreaches(Instant now) {
    return take(now, "due_at", "1 = 1", "status = ?, settled_at = ?", SlaTimer.BREACHED);
  }

  private List<SlaTimer> take(Instant now, String column, String extra, String set, String newStatus) {
    return jdbc.inTransaction("take due SLA clocks", c -> {
      List<SlaTimer> due = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(SELECT + " WHERE status = ? AND " + column + " <= ? AND " + extra
          + " ORDER BY " + column + " FETCH FIRST 500 ROWS ONLY")) {
        s.setString(1, SlaTimer.OPEN);
        Jdbc.setInstant(s, 2, now);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            due.add(new SlaTimer(r.getString("record_key"), r.getString("owner_id"), r.getString("team"),
                r.getString("grade"), r.getString("lead_status"), Jdbc.getInstant(r, "started_at"),
                Jdbc.getInstant(r, "remind_at"), Jdbc.getInstant(r, "due_at")));
          }
        }
      }
      List<SlaTimer> taken = new ArrayList<>();
      for (SlaTimer t : due) {
        try (PreparedStatement s = c.prepareStatement("UPDATE sla_timers SET " + set
            + " WHERE record_key = ? AND owner_id = ? AND status = ? AND " + extra)) {
          int i = 1;
          if (newStatus != null) {
            s.setString(i++, newStatus);
          }
          Jdbc.setInstant(s, i++, now);
          s.setString(i++, t.recordKey());
          s.setString(i++, t.ownerId());
          s.setString(i, SlaTimer.OPEN);
          if (s.executeUpdate() == 1) {
            taken.add(t);
          }
        }
      }
      return taken;
    });
  }

  /**
   * Up to {@code limit} clocks in one status whose due time lies after {@code dueAfter}, latest due first: the
   * breaches of the last days, or the open clocks still running.
   */
  public List<SlaClock> withStatus(String status, Instant dueAfter, int limit) {
    Jdbc.requireLimit(limit);
    return jdbc.inTransaction("list SLA clocks", c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT record_key, owner_id, team, grade, lead_status, started_at,"
          + " remind_at, due_at, status, reminded_at, settled_at FROM sla_timers WHERE status = ? AND due_at > ?"
          + " ORDER BY due_at DESC FETCH FIRST ? ROWS ONLY")) {
        s.setString(1, status);
        Jdbc.setInstant(s, 2, dueAfter);
        s.setInt(3, limit);
        List<SlaClock> clocks = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            clocks.add(new SlaClock(new SlaTimer(r.getString("record_key"), r.getString("owner_id"), r.getString("team"),
                r.getString("grade"), r.getString("lead_status"), Jdbc.getInstant(r, "started_at"),
                Jdbc.getInstant(r, "remind_at"), Jdbc.getInstant(r, "due_at")), r.getString("status"),
                Jdbc.getInstant(r, "reminded_at"), Jdbc.getInstant(r, "settled_at")));
          }
        }
        return clocks;
      }
    });
  }

  /** Clocks touched or breached in {@code [from, to)}, by when they settled: the reps' response times. */
  public List<SlaClock> settledBetween(Instant from, Instant to) {
    return jdbc.inTransaction("list settled SLA clocks", c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT record_key, owner_id, team, grade, lead_status, started_at,"
          + " remind_at, due_at, status, reminded_at, settled_at FROM sla_timers WHERE settled_at >= ? AND settled_at < ?"
          + " AND status IN (?, ?)")) {
        Jdbc.setInstant(s, 1, from);
        Jdbc.setInstant(s, 2, to);
        s.setString(3, SlaTimer.TOUCHED);
        s.setString(4, SlaTimer.BREACHED);
        List<SlaClock> clocks = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            clocks.add(new SlaClock(new SlaTimer(r.getString("record_key"), r.getString("owner_id"), r.getString("team"),
                r.getString("grade"), r.getString("lead_status"), Jdbc.getInstant(r, "started_at"),
                Jdbc.getInstant(r, "remind_at"), Jdbc.getInstant(r, "due_at")), r.getString("status"),
                Jdbc.getInstant(r, "reminded_at"), Jdbc.getInstant(r, "settled_at")));
          }
        }
        return clocks;
      }
    });
  }

  /** Clocks per status, for tests and metrics. */
  public Map<String, Long> countByStatus() {
    return jdbc.inTransaction("count SLA clocks", c -> {
      Map<String, Long> counts = new TreeMap<>();
      try (PreparedStatement s = c.prepareStatement("SELECT status, COUNT(*) FROM sla_timers GROUP BY status");
          ResultSet r = s.executeQuery()) {
        while (r.next()) {
          counts.put(r.getString(1), r.getLong(2));
        }
      }
      return counts;
    });
  }
}
