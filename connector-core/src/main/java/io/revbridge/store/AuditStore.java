package io.revbridge.store;

import io.revbridge.model.RecordRef;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Why each record was scored, routed and acted on the way it was, for {@code score explain} and the
 * admin pages. Append-only. Thread-safe; each call is its own transaction.
 */
public final class AuditStore {
  private final Jdbc jdbc;

  AuditStore(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  public void append(AuditEntry e) {
    Objects.requireNonNull(e, "entry");
    appendAll(List.of(e));
  }

  /** Appends the entries in one transaction, in their order. */
  public void appendAll(List<AuditEntry> entries) {
    entries.forEach(e -> Objects.requireNonNull(e, "entry"));
    if (entries.isEmpty()) {
      return;
    }
    String what = entries.size() == 1 ? "the audit of " + entries.get(0).ref() : entries.size() + " audit entries";
    jdbc.inTransaction("append to " + what, c -> {
      try (PreparedStatement s = c.prepareStatement("INSERT INTO audit (connection, object_type,"
          + " record_id, stage, decision, detail_json, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        for (AuditEntry e : entries) {
          s.setString(1, e.ref().connection());
          s.setString(2, e.ref().objectType());
          s.setString(3, e.ref().id());
          s.setString(4, e.stage());
          s.setString(5, e.decision());
          s.setString(6, e.detailJson());
          Jdbc.setInstant(s, 7, e.at());
          s.addBatch();
        }
        s.executeBatch();
        return null;
      }
    });
  }

  /** The record's audit trail, oldest first and newest last (by time, then by order of appending). */
  public List<AuditEntry> forRecord(RecordRef ref) {
    Objects.requireNonNull(ref, "ref");
    return query("read the audit of " + ref, ref, " ORDER BY recorded_at, id", null);
  }

  /** Up to {@code limit} of the record's latest entries, newest first (by time, then latest appended first). */
  public List<AuditEntry> latest(RecordRef ref, int limit) {
    Objects.requireNonNull(ref, "ref");
    Jdbc.requireLimit(limit);
    return query("read the latest audit of " + ref, ref,
        " ORDER BY recorded_at DESC, id DESC FETCH FIRST ? ROWS ONLY", limit);
  }

  /**
   * The records whose {@code record} entries (the pipeline's canonical record, whose decision is the lower-cased
   * e-mail address) carry this address, most recently recorded first, at most {@code limit}. The console finds
   * records by e-mail this way, through an index on that decision alone (V21).
   */
  public List<RecordRef> recordsWithEmail(String emailKey, int limit) {
    Objects.requireNonNull(emailKey, "emailKey");
    Jdbc.requireLimit(limit);
    return jdbc.inTransaction("find records by e-mail", c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT connection, object_type, record_id, MAX(recorded_at) AS at"
          + " FROM audit WHERE email_key = ? GROUP BY connection, object_type, record_id"
          + " ORDER BY at DESC FETCH FIRST ? ROWS ONLY")) {
        s.setString(1, emailKey);
        s.setInt(2, limit);
        List<RecordRef> refs = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            refs.add(new RecordRef(r.getString(1), r.getString(2), r.getString(3)));
          }
        }
        return refs;
      }
    });
  }

  /** An entry with its place in the table, for readers that follow the audit as a feed. */
  public record Numbered(long id, AuditEntry entry) {}

  /**
   * Entries of one stage appended after {@code afterId}, in the order they were appended, at most {@code limit}:
   * a feed another stage follows by keeping the last id it handled (the hand-off follows {@code mql} crossings).
   */
  public List<Numbered> stageAfter(String stage, String decisionPrefix, long afterId, int limit) {
    Jdbc.requireLimit(limit);
    return jdbc.inTransaction("read the " + stage + " audit after " + afterId, c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT id, connection, object_type, record_id, stage, decision,"
          + " detail_json, recorded_at FROM audit WHERE stage = ? AND decision LIKE ? AND id > ? ORDER BY id"
          + " FETCH FIRST ? ROWS ONLY")) {
        s.setString(1, stage);
        s.setString(2, decisionPrefix.replace("%", "") + "%");
        s.setLong(3, afterId);
        s.setInt(4, limit);
        List<Numbered> entries = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            entries.add(new Numbered(r.getLong("id"), new AuditEntry(new RecordRef(r.getString("connection"),
                r.getString("object_type"), r.getString("record_id")), r.getString("stage"), r.getString("decision"),
                r.getString("detail_json"), Jdbc.getInstant(r, "recorded_at"))));
          }
        }
        return entries;
      }
    });
  }

  /** The record's entries in the given order; {@code limit} fills the one {@code ?} of {@code orderBy}, if any. */
  private List<AuditEntry> query(String what, RecordRef ref, String orderBy, Integer limit) {
    return jdbc.inTransaction(what, c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT stage, decision, detail_json, recorded_at"
          + " FROM audit WHERE connection = ? AND object_type = ? AND record_id = ?" + orderBy)) {
        s.setString(1, ref.connection());
        s.setString(2, ref.objectType());
        s.setString(3, ref.id());
        if (limit != null) {
          s.setInt(4, limit);
        }
        List<AuditEntry> entries = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            entries.add(new AuditEntry(ref, r.getString("stage"), r.getString("decision"),
                r.getString("detail_json"), Jdbc.getInstant(r, "recorded_at")));
          }
        }
        return entries;
      }
    });
  }
}
