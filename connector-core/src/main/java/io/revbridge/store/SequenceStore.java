package io.revbridge.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The durable schedule of follow-up sequence steps. Due steps are read, turned into outbox tasks under a key per
 * step (so a step is never created twice, whichever instance or retry gets there), then marked DONE.
 * Thread-safe; each call is its own transaction.
 */
public final class SequenceStore {
  private static final String SELECT = "SELECT record_key, sequence_name, step_no, owner_id, lead_status, due_at,"
      + " task_json, enrolled_at FROM sequence_steps";

  private final Jdbc jdbc;

  SequenceStore(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** Enrolls leads; a lead already in a sequence (any step, any status) is not enrolled in it again. */
  public int enroll(List<SequenceStepRow> steps) {
    Map<String, List<SequenceStepRow>> bySequence = steps.stream().collect(Collectors.groupingBy(
        s -> s.recordKey() + "\n" + s.sequence(), LinkedHashMap::new, Collectors.toList()));
    int enrolled = 0;
    for (List<SequenceStepRow> rows : bySequence.values()) {
      enrolled += jdbc.inTransaction("enroll in sequence " + rows.get(0).sequence(), c -> {
        try (PreparedStatement s = c.prepareStatement(
            "SELECT 1 FROM sequence_steps WHERE record_key = ? AND sequence_name = ?")) {
          s.setString(1, rows.get(0).recordKey());
          s.setString(2, rows.get(0).sequence());
          try (ResultSet r = s.executeQuery()) {
            if (r.next()) {
              return 0;
            }
          }
        }
        // A concurrent enrollment fails on the primary key, and Jdbc runs this again (then finds it).
        try (PreparedStatement s = c.prepareStatement("INSERT INTO sequence_steps (record_key, sequence_name, step_no,"
            + " owner_id, lead_status, status, due_at, task_json, enrolled_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
          for (SequenceStepRow row : rows) {
            s.setString(1, row.recordKey());
            s.setString(2, row.sequence());
            s.setInt(3, row.stepNo());
            s.setString(4, row.ownerId());
            s.setString(5, row.leadStatus());
            s.setString(6, SequenceStepRow.PENDING);
            Jdbc.setInstant(s, 7, row.dueAt());
            s.setString(8, row.taskJson());
            Jdbc.setInstant(s, 9, row.enrolledAt());
            s.addBatch();
          }
          s.executeBatch();
        }
        return 1;
      });
    }
    return enrolled;
  }

  /** Cancels the remaining steps of leads whose status or owner is no longer what it was at enrollment. */
  public void observeAll(List<SlaStore.Observation> observations) {
    if (observations.isEmpty()) {
      return;
    }
    jdbc.inTransaction("check sequence stop conditions", c -> {
      try (PreparedStatement status = c.prepareStatement("UPDATE sequence_steps SET status = ?, cancel_reason = ?,"
              + " settled_at = ? WHERE record_key = ? AND status = ? AND COALESCE(lead_status, '') <> ?");
          PreparedStatement owner = c.prepareStatement("UPDATE sequence_steps SET status = ?, cancel_reason = ?,"
              + " settled_at = ? WHERE record_key = ? AND status = ? AND owner_id <> ?")) {
        Set<String> enrolled = Jdbc.keysWith(c, "sequence_steps",
            observations.stream().map(SlaStore.Observation::recordKey).toList(), "status = ?", SequenceStepRow.PENDING);
        for (SlaStore.Observation o : observations) {
          if (!enrolled.contains(o.recordKey())) {
            continue;
          }
          String now = o.leadStatus() == null ? "" : o.leadStatus();
          status.setString(1, SequenceStepRow.CANCELLED);
          status.setString(2, cut("status changed to '" + now + "'"));
          Jdbc.setInstant(status, 3, o.at());
          status.setString(4, o.recordKey());
          status.setString(5, SequenceStepRow.PENDING);
          status.setString(6, now);
          status.addBatch();
          if (o.ownerId() != null && !o.ownerId().isBlank()) {
            owner.setString(1, SequenceStepRow.CANCELLED);
            owner.setString(2, cut("owner changed to " + o.ownerId()));
            Jdbc.setInstant(owner, 3, o.at());
            owner.setString(4, o.recordKey());
            owner.setString(5, SequenceStepRow.PENDING);
            owner.setString(6, o.ownerId());
            owner.addBatch();
          }
        }
        status.executeBatch();
        owner.executeBatch();
      }
      return null;
    });
  }

  /** A stop condition met by one lead: its remaining steps are cancelled with the reason. */
  public record Stop(String recordKey, String reason, Instant at) {}

  /**
   * Cancels the PENDING steps of each lead, recording the reason (a reply or meeting logged, an unsubscribe, a
   * closed deal). Only sequences the lead entered at or before the event: an older reply never stops a newer one.
   *
   * @return the steps cancelled
   */
  public int stop(List<Stop> stops) {
    if (stops.isEmpty()) {
      return 0;
    }
    return jdbc.inTransaction("stop sequences", c -> {
      int cancelled = 0;
      try (PreparedStatement s = c.prepareStatement("UPDATE sequence_steps SET status = ?, cancel_reason = ?,"
          + " settled_at = ? WHERE record_key = ? AND status = ? AND enrolled_at <= ?")) {
        for (Stop stop : stops) {
          s.setString(1, SequenceStepRow.CANCELLED);
          s.setString(2, cut(stop.reason()));
          Jdbc.setInstant(s, 3, stop.at());
          s.setString(4, stop.recordKey());
          s.setString(5, SequenceStepRow.PENDING);
          Jdbc.setInstant(s, 6, stop.at());
          cancelled += s.executeUpdate();
        }
      }
      return cancelled;
    });
  }

  private static String cut(String reason) {
    return reason.length() <= 300 ? reason : reason.substring(0, 300);
  }

  /** PENDING steps due at {@code now}, oldest first; reading does not claim them. */
  public List<SequenceStepRow> due(Instant now, int limit) {
    Jdbc.requireLimit(limit);
    return jdbc.inTransaction("read due sequence steps", c -> {
      try (PreparedStatement s = c.prepareStatement(SELECT + " WHERE status = ? AND due_at <= ?"
          + " ORDER BY due_at FETCH FIRST ? ROWS ONLY")) {
        s.setString(1, SequenceStepRow.PENDING);
        Jdbc.setInstant(s, 2, now);
        s.setInt(3, limit);
        List<SequenceStepRow> rows = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            rows.add(new SequenceStepRow(r.getString("record_key"), r.getString("sequence_name"), r.getInt("step_no"),
                r.getString("owner_id"), r.getString("lead_status"), Jdbc.getInstant(r, "due_at"),
                r.getString("task_json"), Jdbc.getInstant(r, "enrolled_at")));
          }
        }
        return rows;
      }
    });
  }

  /** Marks a step whose task is queued as DONE (a step cancelled meanwhile stays cancelled). */
  public void done(SequenceStepRow row, Instant now) {
    jdbc.inTransaction("finish a sequence step", c -> {
      try (PreparedStatement s = c.prepareStatement("UPDATE sequence_steps SET status = ?, settled_at = ?"
          + " WHERE record_key = ? AND sequence_name = ? AND step_no = ? AND status = ?")) {
        s.setString(1, SequenceStepRow.DONE);
        Jdbc.setInstant(s, 2, now);
        s.setString(3, row.recordKey());
        s.setString(4, row.sequence());
        s.setInt(5, row.stepNo());
        s.setString(6, SequenceStepRow.PENDING);
        return s.executeUpdate();
      }
    });
  }

  /** Steps per status; and the reasons of cancelled ones, for tests and the audit. */
  public Map<String, Long> countByStatus() {
    return jdbc.inTransaction("count sequence steps", c -> {
      Map<String, Long> counts = new TreeMap<>();
      try (PreparedStatement s = c.prepareStatement("SELECT status, COUNT(*) FROM sequence_steps GROUP BY status");
          ResultSet r = s.executeQuery()) {
        while (r.next()) {
          counts.put(r.getString(1), r.getLong(2));
        }
      }
      return counts;
    });
  }

  /** Every step of the record's sequences, in sequence and step order. */
  public List<SequenceStepState> forRecord(String recordKey) {
    return states("read the sequence steps of " + recordKey, " WHERE record_key = ? ORDER BY sequence_name, step_no",
        s -> s.setString(1, recordKey));
  }

  /** Up to {@code limit} PENDING steps due before {@code before}, oldest first: follow-ups that fell behind. */
  public List<SequenceStepState> pendingDueBefore(Instant before, int limit) {
    Jdbc.requireLimit(limit);
    return states("read overdue sequence steps", " WHERE status = ? AND due_at < ? ORDER BY due_at FETCH FIRST ? ROWS ONLY",
        s -> {
          s.setString(1, SequenceStepRow.PENDING);
          Jdbc.setInstant(s, 2, before);
          s.setInt(3, limit);
        });
  }

  private interface Binder {
    void bind(PreparedStatement s) throws java.sql.SQLException;
  }

  private List<SequenceStepState> states(String what, String where, Binder binder) {
    return jdbc.inTransaction(what, c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT record_key, sequence_name, step_no, owner_id, lead_status,"
          + " due_at, task_json, enrolled_at, status, cancel_reason, settled_at FROM sequence_steps" + where)) {
        binder.bind(s);
        List<SequenceStepState> rows = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            rows.add(new SequenceStepState(new SequenceStepRow(r.getString("record_key"), r.getString("sequence_name"),
                r.getInt("step_no"), r.getString("owner_id"), r.getString("lead_status"), Jdbc.getInstant(r, "due_at"),
                r.getString("task_json"), Jdbc.getInstant(r, "enrolled_at")), r.getString("status"),
                r.getString("cancel_reason"), Jdbc.getInstant(r, "settled_at")));
          }
        }
        return rows;
      }
    });
  }

  public List<String> cancelReasons(String recordKey) {
    return jdbc.inTransaction("read sequence cancel reasons", c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT cancel_reason FROM sequence_steps"
          + " WHERE record_key = ? AND status = ? ORDER BY cancel_reason")) {
        s.setString(1, recordKey);
        s.setString(2, SequenceStepRow.CANCELLED);
        List<String> reasons = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            reasons.add(r.getString(1));
          }
        }
        return reasons;
      }
    });
  }
}
