package io.revbridge.store;

import io.revbridge.model.Activity;
import io.revbridge.model.ActivityType;
import io.revbridge.model.RecordRef;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The CRMs' sales activities, one row per activity, replaced whenever the CRM changes it (the change feed brings it
 * again). Queried per owner, type and period; Revbridge's own tasks are kept but flagged, and never counted as a
 * rep's work. Thread-safe; each call is its own transaction.
 */
public final class ActivityStore {
  private static final int PERSON_KEY = 500;
  private static final int OUTCOME = 255;
  private static final int SUBJECT = 500;
  private static final List<String> COLUMNS = List.of("connection", "object_type", "activity_id", "activity_type",
      "owner_id", "person_key", "deal_key", "occurred_at", "direction", "outcome", "subject", "completed",
      "by_revbridge", "modified_at");

  private final Jdbc jdbc;
  private final String upsert;

  ActivityStore(Jdbc jdbc, SqlDialect dialect) {
    this.jdbc = jdbc;
    this.upsert = dialect.upsert("activities", COLUMNS, List.of("connection", "object_type", "activity_id"));
  }

  /** Stores the activities (new, or replacing the stored version); returns how many. */
  public int save(List<Activity> activities) {
    if (activities.isEmpty()) {
      return 0;
    }
    activities.forEach(ActivityStore::check);
    return jdbc.inTransaction("store " + activities.size() + " activities", c -> {
      try (PreparedStatement s = c.prepareStatement(upsert)) {
        for (Activity a : activities) {
          s.setString(1, a.ref().connection());
          s.setString(2, a.ref().objectType());
          s.setString(3, a.ref().id());
          s.setString(4, a.type().name());
          s.setString(5, a.ownerId());
          s.setString(6, a.people().isEmpty() ? null : a.people().get(0).key());
          s.setString(7, a.deals().isEmpty() ? null : a.deals().get(0).key());
          Jdbc.setInstant(s, 8, a.occurredAt());
          s.setString(9, a.direction() == null ? null : a.direction().name());
          s.setString(10, cut(a.outcome(), OUTCOME));
          s.setString(11, cut(a.subject(), SUBJECT));
          s.setBoolean(12, a.completed());
          s.setBoolean(13, a.byRevbridge());
          Jdbc.setInstant(s, 14, a.modifiedAt());
          s.addBatch();
        }
        s.executeBatch();
      }
      return activities.size();
    });
  }

  /** A rep's activities of one type in a period: how many, and how many of them completed. */
  public record OwnerCount(String connection, String ownerId, ActivityType type, long total, long completed) {}

  /**
   * Per connection, owner and type, the activities that occurred in {@code [from, to)}, Revbridge's own tasks left
   * out; ordered by connection, owner, type.
   */
  public List<OwnerCount> countByOwner(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return jdbc.inTransaction("count activities per owner", c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT connection, owner_id, activity_type, COUNT(*) AS n,"
          + " SUM(CASE WHEN completed THEN 1 ELSE 0 END) AS done FROM activities"
          + " WHERE occurred_at >= ? AND occurred_at < ? AND by_revbridge = FALSE AND owner_id IS NOT NULL"
          + " GROUP BY connection, owner_id, activity_type ORDER BY connection, owner_id, activity_type")) {
        Jdbc.setInstant(s, 1, from);
        Jdbc.setInstant(s, 2, to);
        List<OwnerCount> rows = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            rows.add(new OwnerCount(r.getString("connection"), r.getString("owner_id"),
                ActivityType.valueOf(r.getString("activity_type")), r.getLong("n"), r.getLong("done")));
          }
        }
        return rows;
      }
    });
  }

  /** A stored activity, as the performance page and the tests read it. */
  public record Row(RecordRef ref, ActivityType type, String ownerId, String personKey, String dealKey,
      Instant occurredAt, String direction, String outcome, String subject, boolean completed, boolean byRevbridge) {}

  /** The activities concerning one person (as first-associated person), oldest first. */
  public List<Row> forPerson(RecordRef person) {
    return jdbc.inTransaction("read a person's activities", c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT * FROM activities WHERE person_key = ?"
          + " ORDER BY occurred_at, activity_id")) {
        s.setString(1, person.key());
        List<Row> rows = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            rows.add(new Row(new RecordRef(r.getString("connection"), r.getString("object_type"),
                r.getString("activity_id")), ActivityType.valueOf(r.getString("activity_type")),
                r.getString("owner_id"), r.getString("person_key"), r.getString("deal_key"),
                Jdbc.getInstant(r, "occurred_at"), r.getString("direction"), r.getString("outcome"),
                r.getString("subject"), r.getBoolean("completed"), r.getBoolean("by_revbridge")));
          }
        }
        return rows;
      }
    });
  }

  /** An activity as a feature counts it: its kind and when it happened. */
  public record Touch(ActivityType type, Instant occurredAt) {}

  /**
   * The calls, emails and meetings concerning each of the records (as first-associated person, or as deal with
   * {@code byDeal}) that occurred before {@code before}, oldest first; Revbridge's own tasks and plain tasks left out.
   * Records without any are absent from the map.
   *
   * @param keys {@link RecordRef#key()} of the people or deals
   */
  public Map<String, List<Touch>> touches(Collection<String> keys, boolean byDeal, Instant before) {
    Objects.requireNonNull(before, "before");
    List<String> all = keys.stream().distinct().toList();
    Map<String, List<Touch>> out = new HashMap<>();
    if (all.isEmpty()) {
      return out;
    }
    String column = byDeal ? "deal_key" : "person_key";
    return jdbc.inTransaction("read the activities of " + all.size() + (byDeal ? " deals" : " people"), c -> {
      for (List<String> chunk : Jdbc.chunks(all, Jdbc.IN_LIST)) {
        try (PreparedStatement s = c.prepareStatement("SELECT " + column + " AS record_key, activity_type,"
            + " occurred_at FROM activities WHERE " + column + " IN (" + Jdbc.placeholders(chunk.size()) + ")"
            + " AND occurred_at < ? AND by_revbridge = FALSE AND activity_type <> 'TASK'"
            + " ORDER BY occurred_at, activity_id")) {
          for (int i = 0; i < chunk.size(); i++) {
            s.setString(i + 1, chunk.get(i));
          }
          Jdbc.setInstant(s, chunk.size() + 1, before);
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              out.computeIfAbsent(r.getString("record_key"), k -> new ArrayList<>()).add(new Touch(
                  ActivityType.valueOf(r.getString("activity_type")), Jdbc.getInstant(r, "occurred_at")));
            }
          }
        }
      }
      return out;
    });
  }

  private static void check(Activity a) {
    Columns.required(a.ref().connection(), "connection", Columns.CONNECTION);
    Columns.required(a.ref().objectType(), "object type", Columns.OBJECT_TYPE);
    Columns.required(a.ref().id(), "activity id", Columns.RECORD_ID);
    Columns.optional(a.ownerId(), "owner id", Columns.RECORD_ID);
    if (!a.people().isEmpty()) {
      Columns.optional(a.people().get(0).key(), "person key", PERSON_KEY);
    }
    if (!a.deals().isEmpty()) {
      Columns.optional(a.deals().get(0).key(), "deal key", PERSON_KEY);
    }
  }

  /** Outcomes and subjects are for display: a long one is shortened rather than refused. */
  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
