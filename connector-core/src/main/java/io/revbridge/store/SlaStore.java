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

  /** The touch kind of a status change seen in the CRM. */
  public static final String STATUS_CHANGE = "status_change";

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

  /**
   * A lead as the CRM showed it: its key, owner and status, and when.
   *
   * @param statusIsTouch whether a changed status counts as the first touch (the playbook's {@code first_touch})
   */
  public record Observation(String recordKey, String ownerId, String leadStatus, Instant at, boolean statusIsTouch) {
    public Observation(String recordKey, String ownerId, String leadStatus, Instant at) {
      this(recordKey, ownerId, leadStatus, at, true);
    }
  }

  /** {@link #observe} for a batch of leads, in one transaction. */
  public void observeAll(List<Observation> observations) {
    if (observations.isEmpty()) {
      return;
    }
    jdbc.inTransaction("observe SLA clocks", c -> {
      try (PreparedStatement touched = c.prepareStatement("UPDATE sla_timers SET status = ?, settled_at = ?,"
              + " responded_at = ?, touch_kind = ? WHERE record_key = ? AND status = ? AND COALESCE(lead_status, '') <> ?");
          PreparedStatement late = c.prepareStatement("UPDATE sla_timers SET responded_at = ?, touch_kind = ?"
              + " WHERE record_key = ? AND status = ? AND responded_at IS NULL AND COALESCE(lead_status, '') <> ?");
          PreparedStatement stopped = c.prepareStatement("UPDATE sla_timers SET status = ?, settled_at = ?"
              + " WHERE record_key = ? AND status = ? AND owner_id <> ?")) {
        for (Observation o : observations) {
          String status = o.leadStatus() == null ? "" : o.leadStatus();
          if (o.statusIsTouch()) {
            touched.setString(1, SlaTimer.TOUCHED);
            Jdbc.setInstant(touched, 2, o.at());
            Jdbc.setInstant(touched, 3, o.at());
            touched.setString(4, STATUS_CHANGE);
            touched.setString(5, o.recordKey());
            touched.setString(6, SlaTimer.OPEN);
            touched.setString(7, status);
            touched.addBatch();
            Jdbc.setInstant(late, 1, o.at());
            late.setString(2, STATUS_CHANGE);
            late.setString(3, o.recordKey());
            late.setString(4, SlaTimer.BREACHED);
            late.setString(5, status);
            late.addBatch();
          }
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
        late.executeBatch();
        stopped.executeBatch();
      }
      return null;
    });
  }

  /**
   * A logged activity of the clock's owner on the lead, at or after the clock started.
   *
   * @param kind how the owner touched the lead: {@code call}, {@code email}, {@code meeting}, {@code task}
   */
  public record Touch(String recordKey, String ownerId, Instant at, String kind) {}

  /**
   * Records first touches: an OPEN clock of the same lead and owner, started at or before the touch, is TOUCHED; a
   * BREACHED one keeps its status but gets its (late) response time. A clock's first touch is never replaced.
   *
   * @return the clocks touched in time (OPEN → TOUCHED)
   */
  public int touch(List<Touch> touches) {
    if (touches.isEmpty()) {
      return 0;
    }
    List<Touch> ordered = touches.stream().sorted(java.util.Comparator.comparing(Touch::at)).toList();
    return jdbc.inTransaction("record first touches", c -> {
      int inTime = 0;
      try (PreparedStatement open = c.prepareStatement("UPDATE sla_timers SET status = ?, settled_at = ?,"
              + " responded_at = ?, touch_kind = ? WHERE record_key = ? AND owner_id = ? AND status = ?"
              + " AND started_at <= ?");
          PreparedStatement late = c.prepareStatement("UPDATE sla_timers SET responded_at = ?, touch_kind = ?"
              + " WHERE record_key = ? AND owner_id = ? AND status = ? AND responded_at IS NULL AND started_at <= ?")) {
        for (Touch t : ordered) {
          open.setString(1, SlaTimer.TOUCHED);
          Jdbc.setInstant(open, 2, t.at());
          Jdbc.setInstant(open, 3, t.at());
          open.setString(4, t.kind());
          open.setString(5, t.recordKey());
          open.setString(6, t.ownerId());
          open.setString(7, SlaTimer.OPEN);
          Jdbc.setInstant(open, 8, t.at());
          inTime += open.executeUpdate();
          Jdbc.setInstant(late, 1, t.at());
          late.setString(2, t.kind());
          late.setString(3, t.recordKey());
          late.setString(4, t.ownerId());
          late.setString(5, SlaTimer.BREACHED);
          Jdbc.setInstant(late, 6, t.at());
          late.executeUpdate();
        }
      }
      return inTime;
    });
  }

  /**
   * One clock's outcome, for response-time reports.
   *
   * @param respondedAt the first touch, null while there is none (open, stopped, or breached without a touch yet)
   */
  public record Response(String recordKey, String ownerId, String team, String grade, String status,
      Instant startedAt, Instant dueAt, Instant respondedAt, String touchKind) {}

  /** Every clock started at or after {@code since}, oldest first (at most {@code limit}). */
  public List<Response> responses(Instant since, int limit) {
    Jdbc.requireLimit(limit);
    return jdbc.inTransaction("read SLA response times", c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT record_key, owner_id, team, grade, status, started_at,"
          + " due_at, responded_at, touch_kind FROM sla_timers WHERE started_at >= ? ORDER BY started_at, record_key"
          + " FETCH FIRST ? ROWS ONLY")) {
        Jdbc.setInstant(s, 1, since);
        s.setInt(2, limit);
        List<Response> rows = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            rows.add(new Response(r.getString("record_key"), r.getString("owner_id"), r.getString("team"),
                r.getString("grade"), r.getString("status"), Jdbc.getInstant(r, "started_at"),
                Jdbc.getInstant(r, "due_at"), Jdbc.getInstant(r, "responded_at"), r.getString("touch_kind")));
          }
        }
        return rows;
      }
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

  /** Escalation states of a breached clock (column {@code escalation}). */
  public static final String REASSIGN = "REASSIGN";
  public static final String REASSIGNED = "REASSIGNED";
  public static final String KEPT = "KEPT";

  /** Asks for a breached clock's lead to go to the next rep of its team; the lead's next pass carries it out. */
  public void requestReassign(SlaTimer t) {
    jdbc.inTransaction("ask to reassign " + t.recordKey(), c -> {
      try (PreparedStatement s = c.prepareStatement("UPDATE sla_timers SET escalation = ?"
          + " WHERE record_key = ? AND owner_id = ? AND status = ? AND escalation IS NULL")) {
        s.setString(1, REASSIGN);
        s.setString(2, t.recordKey());
        s.setString(3, t.ownerId());
        s.setString(4, SlaTimer.BREACHED);
        return s.executeUpdate();
      }
    });
  }

  /** A lead waiting to be reassigned: the owner who breached its SLA, and the team to pick the next rep from. */
  public record Reassignment(String recordKey, String breachedOwner, String team, String grade) {}

  /** The reassignments asked for these leads and not yet carried out, by record key. */
  public Map<String, Reassignment> pendingReassignments(List<String> recordKeys) {
    Map<String, Reassignment> out = new java.util.LinkedHashMap<>();
    if (recordKeys.isEmpty()) {
      return out;
    }
    return jdbc.inTransaction("read pending reassignments", c -> {
      for (List<String> chunk : Jdbc.chunks(recordKeys, 500)) {
        try (PreparedStatement s = c.prepareStatement("SELECT record_key, owner_id, team, grade FROM sla_timers"
            + " WHERE escalation = ? AND record_key IN (" + Jdbc.placeholders(chunk.size()) + ")")) {
          s.setString(1, REASSIGN);
          for (int i = 0; i < chunk.size(); i++) {
            s.setString(i + 2, chunk.get(i));
          }
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              out.put(r.getString(1), new Reassignment(r.getString(1), r.getString(2), r.getString(3),
                  r.getString(4)));
            }
          }
        }
      }
      return out;
    });
  }

  /** Records how a reassignment ended: {@link #REASSIGNED} or {@link #KEPT}. */
  public void settleReassignment(Reassignment r, String outcome) {
    jdbc.inTransaction("settle the reassignment of " + r.recordKey(), c -> {
      try (PreparedStatement s = c.prepareStatement("UPDATE sla_timers SET escalation = ?"
          + " WHERE record_key = ? AND owner_id = ? AND escalation = ?")) {
        s.setString(1, outcome);
        s.setString(2, r.recordKey());
        s.setString(3, r.breachedOwner());
        s.setString(4, REASSIGN);
        return s.executeUpdate();
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
