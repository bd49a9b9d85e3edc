package io.revbridge.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  /**
   * {@link #observe} for a batch of leads, in one transaction.
   *
   * @return the clocks this call gave their first touch (a status change), for response-time metrics
   */
  public List<Response> observeAll(List<Observation> observations) {
    if (observations.isEmpty()) {
      return List.of();
    }
    return jdbc.inTransaction("observe SLA clocks", c -> {
      List<Response> responded = new ArrayList<>();
      // most leads of a backfill have no clock an observation could change (OPEN, or BREACHED without its response)
      Set<String> live = Jdbc.keysWith(c, "sla_timers", observations.stream().map(Observation::recordKey).toList(),
          "status = ? OR status = ? AND responded_at IS NULL", SlaTimer.OPEN, SlaTimer.BREACHED);
      try (PreparedStatement stopped = c.prepareStatement("UPDATE sla_timers SET status = ?, settled_at = ?"
          + " WHERE record_key = ? AND status = ? AND owner_id <> ?")) {
        for (Observation o : observations) {
          if (!live.contains(o.recordKey())) {
            continue;
          }
          if (o.statusIsTouch()) {
            String status = o.leadStatus() == null ? "" : o.leadStatus();
            responded.addAll(respond(c, " AND COALESCE(lead_status, '') <> ?", List.of(o.recordKey(), status),
                o.at(), STATUS_CHANGE));
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
        stopped.executeBatch();
      }
      return responded;
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
   * @return the clocks this call gave their first touch (in time or late), for response-time metrics
   */
  public List<Response> touch(List<Touch> touches) {
    if (touches.isEmpty()) {
      return List.of();
    }
    List<Touch> ordered = touches.stream().sorted(java.util.Comparator.comparing(Touch::at)).toList();
    return jdbc.inTransaction("record first touches", c -> {
      List<Response> responded = new ArrayList<>();
      for (Touch t : ordered) {
        responded.addAll(respond(c, " AND owner_id = ? AND started_at <= ?", List.of(t.recordKey(), t.ownerId(), t.at()),
            t.at(), t.kind()));
      }
      return responded;
    });
  }

  /**
   * Gives first touches to the lead's clocks that have none yet and match {@code condition} (after the record key):
   * an OPEN one becomes TOUCHED, a BREACHED one only gets its response time. Each row is a guarded update, so of
   * several instances exactly one records a clock's first touch.
   */
  private static List<Response> respond(java.sql.Connection c, String condition, List<Object> args, Instant at,
      String kind) throws java.sql.SQLException {
    List<Response> candidates = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT record_key, owner_id, team, grade, status, started_at,"
        + " due_at FROM sla_timers WHERE record_key = ? AND status IN (?, ?) AND responded_at IS NULL" + condition)) {
      s.setString(1, (String) args.get(0));
      s.setString(2, SlaTimer.OPEN);
      s.setString(3, SlaTimer.BREACHED);
      for (int i = 1; i < args.size(); i++) {
        if (args.get(i) instanceof Instant instant) {
          Jdbc.setInstant(s, i + 3, instant);
        } else {
          s.setString(i + 3, (String) args.get(i));
        }
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String status = r.getString("status");
          candidates.add(new Response(r.getString("record_key"), r.getString("owner_id"), r.getString("team"),
              r.getString("grade"), SlaTimer.OPEN.equals(status) ? SlaTimer.TOUCHED : status,
              Jdbc.getInstant(r, "started_at"), Jdbc.getInstant(r, "due_at"), at, kind));
        }
      }
    }
    List<Response> responded = new ArrayList<>();
    try (PreparedStatement open = c.prepareStatement("UPDATE sla_timers SET status = ?, settled_at = ?,"
            + " responded_at = ?, touch_kind = ? WHERE record_key = ? AND owner_id = ? AND status = ?"
            + " AND responded_at IS NULL");
        PreparedStatement late = c.prepareStatement("UPDATE sla_timers SET responded_at = ?, touch_kind = ?"
            + " WHERE record_key = ? AND owner_id = ? AND status = ? AND responded_at IS NULL")) {
      for (Response r : candidates) {
        int updated;
        if (r.status().equals(SlaTimer.TOUCHED)) {
          open.setString(1, SlaTimer.TOUCHED);
          Jdbc.setInstant(open, 2, at);
          Jdbc.setInstant(open, 3, at);
          open.setString(4, kind);
          open.setString(5, r.recordKey());
          open.setString(6, r.ownerId());
          open.setString(7, SlaTimer.OPEN);
          updated = open.executeUpdate();
        } else {
          Jdbc.setInstant(late, 1, at);
          late.setString(2, kind);
          late.setString(3, r.recordKey());
          late.setString(4, r.ownerId());
          late.setString(5, SlaTimer.BREACHED);
          updated = late.executeUpdate();
        }
        if (updated == 1) {
          responded.add(r);
        }
      }
    }
    return responded;
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

  /**
   * Per owner, the clocks started in a period as {@code revbridge route response-times} counts them (all teams
   * together): how many, met, breached, open, responded, and the median (nearest rank) response time.
   *
   * @param p50 null when none responded
   */
  public record OwnerResponses(String ownerId, long clocks, long met, long breached, long open, long responded,
      java.time.Duration p50) {}

  /** {@link OwnerResponses} of the clocks started in {@code [from, to)}, by owner id; clocks without owner left out. */
  public List<OwnerResponses> responsesPerOwner(Instant from, Instant to) {
    return jdbc.inTransaction("sum SLA response times per owner", c -> {
      String started = " FROM sla_timers WHERE started_at >= ? AND started_at < ? AND owner_id IS NOT NULL";
      // response times in Java: a window function ranking them per owner is several times slower on H2
      Map<String, List<java.time.Duration>> times = new HashMap<>();
      try (PreparedStatement s = c.prepareStatement("SELECT owner_id, started_at, responded_at" + started
          + " AND responded_at IS NOT NULL")) {
        Jdbc.setInstant(s, 1, from);
        Jdbc.setInstant(s, 2, to);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            times.computeIfAbsent(r.getString("owner_id"), k -> new ArrayList<>()).add(java.time.Duration.between(
                Jdbc.getInstant(r, "started_at"), Jdbc.getInstant(r, "responded_at")));
          }
        }
      }
      try (PreparedStatement s = c.prepareStatement("SELECT owner_id, COUNT(*) AS clocks,"
          + " SUM(CASE WHEN status = ? THEN 1 ELSE 0 END) AS met, SUM(CASE WHEN status = ? THEN 1 ELSE 0 END) AS breached,"
          + " SUM(CASE WHEN status = ? THEN 1 ELSE 0 END) AS open_clocks, COUNT(responded_at) AS responded" + started
          + " GROUP BY owner_id ORDER BY owner_id")) {
        s.setString(1, SlaTimer.TOUCHED);
        s.setString(2, SlaTimer.BREACHED);
        s.setString(3, SlaTimer.OPEN);
        Jdbc.setInstant(s, 4, from);
        Jdbc.setInstant(s, 5, to);
        List<OwnerResponses> lines = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            List<java.time.Duration> own = times.getOrDefault(r.getString("owner_id"), new ArrayList<>());
            own.sort(null);
            lines.add(new OwnerResponses(r.getString("owner_id"), r.getLong("clocks"), r.getLong("met"),
                r.getLong("breached"), r.getLong("open_clocks"), r.getLong("responded"),
                // nearest rank: the ceil(n/2)-th fastest, as the response-time report
                own.isEmpty() ? null : own.get((own.size() + 1) / 2 - 1)));
          }
        }
        return lines;
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

  /**
   * Up to {@code limit} clocks in one status whose due time lies after {@code dueAfter}, latest due first: the
   * breaches of the last days, or the open clocks still running.
   */
  public List<SlaClock> withStatus(String status, Instant dueAfter, int limit) {
    return clocks("SELECT record_key, owner_id, team, grade, lead_status, started_at, remind_at, due_at, status,"
        + " reminded_at, settled_at FROM sla_timers WHERE status = ? AND due_at > ?"
        + " ORDER BY due_at DESC FETCH FIRST ? ROWS ONLY", status, null, dueAfter, limit);
  }

  /**
   * Open clocks whose reminder time has come ({@code remind_at <= now}) and that fell due after {@code dueAfter}:
   * the leads still waiting for their first touch after the reminder, latest reminder first.
   */
  public List<SlaClock> remindedOpen(Instant now, Instant dueAfter, int limit) {
    return clocks("SELECT record_key, owner_id, team, grade, lead_status, started_at, remind_at, due_at, status,"
        + " reminded_at, settled_at FROM sla_timers WHERE status = ? AND remind_at <= ? AND due_at > ?"
        + " ORDER BY remind_at DESC FETCH FIRST ? ROWS ONLY", SlaTimer.OPEN, now, dueAfter, limit);
  }

  /** Runs a clock query whose parameters are: status, then {@code remindBy} when not null, dueAfter, limit. */
  private List<SlaClock> clocks(String sql, String status, Instant remindBy, Instant dueAfter, int limit) {
    Jdbc.requireLimit(limit);
    return jdbc.inTransaction("list SLA clocks", c -> {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        int i = 1;
        s.setString(i++, status);
        if (remindBy != null) {
          Jdbc.setInstant(s, i++, remindBy);
        }
        Jdbc.setInstant(s, i++, dueAfter);
        s.setInt(i, limit);
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
