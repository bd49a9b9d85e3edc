package io.revbridge.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The hand-off link table (HubSpot contact ↔ Salesforce record). Thread-safe; each call is its own transaction. */
public final class HandoffStore {
  private static final List<String> COLUMNS = List.of("hubspot_connection", "hubspot_id", "salesforce_connection",
      "salesforce_object", "salesforce_id", "match_basis", "status", "detail", "mql_score", "initial_status",
      "last_status", "owner_id", "task_id", "crossed_at", "handed_at", "responded_at", "accepted_at", "rejected_at",
      "converted_at", "closed_at", "attempts", "updated_at", "respond_due_at", "contact_due_at");

  private final Jdbc jdbc;
  private final String upsert;
  private final java.time.Clock clock;

  HandoffStore(Jdbc jdbc, SqlDialect dialect, java.time.Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.upsert = dialect.upsert("handoff_links", COLUMNS, List.of("hubspot_connection", "hubspot_id"));
  }

  public Optional<HandoffLink> get(String hubspotConnection, String hubspotId) {
    List<HandoffLink> rows = select("read the hand-off of " + hubspotConnection + "/" + hubspotId,
        " WHERE hubspot_connection = ? AND hubspot_id = ?", hubspotConnection, hubspotId);
    return rows.stream().findFirst();
  }

  /** Hand-offs in these states, oldest crossing first, at most {@code limit}. */
  public List<HandoffLink> withStatus(List<String> statuses, int limit) {
    Jdbc.requireLimit(limit);
    Object[] args = statuses.toArray();
    return select("read hand-offs " + statuses, " WHERE status IN (" + Jdbc.placeholders(statuses.size())
        + ") ORDER BY crossed_at, hubspot_id FETCH FIRST " + limit + " ROWS ONLY", args);
  }

  /** Every hand-off whose contact crossed at or after {@code since}, for the report. */
  public List<HandoffLink> since(java.time.Instant since) {
    return select("read hand-offs since " + since, " WHERE crossed_at >= ? ORDER BY crossed_at, hubspot_id", since);
  }

  public void save(HandoffLink l) {
    jdbc.inTransaction("save the hand-off of " + l.hubspotConnection() + "/" + l.hubspotId(), c -> {
      try (PreparedStatement s = c.prepareStatement(upsert)) {
        Object[] values = {l.hubspotConnection(), l.hubspotId(), l.salesforceConnection(), l.salesforceObject(),
            l.salesforceId(), l.matchBasis(), l.status(), l.detail(), l.mqlScore(), l.initialStatus(), l.lastStatus(),
            l.ownerId(), l.taskId(), l.crossedAt(), l.handedAt(), l.respondedAt(), l.acceptedAt(), l.rejectedAt(),
            l.convertedAt(), l.closedAt(), l.attempts(), clock.instant(), l.respondDueAt(), l.contactDueAt()};
        bind(s, values);
        return s.executeUpdate();
      }
    });
  }

  private List<HandoffLink> select(String what, String where, Object... args) {
    return jdbc.inTransaction(what, c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT " + String.join(", ", COLUMNS) + " FROM handoff_links"
          + where)) {
        bind(s, args);
        List<HandoffLink> rows = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            rows.add(new HandoffLink(r.getString("hubspot_connection"), r.getString("hubspot_id"),
                r.getString("salesforce_connection"), r.getString("salesforce_object"), r.getString("salesforce_id"),
                r.getString("match_basis"), r.getString("status"), r.getString("detail"), r.getInt("mql_score"),
                r.getString("initial_status"), r.getString("last_status"), r.getString("owner_id"),
                r.getString("task_id"), Jdbc.getInstant(r, "crossed_at"), Jdbc.getInstant(r, "handed_at"),
                Jdbc.getInstant(r, "responded_at"), Jdbc.getInstant(r, "accepted_at"),
                Jdbc.getInstant(r, "rejected_at"), Jdbc.getInstant(r, "converted_at"),
                Jdbc.getInstant(r, "closed_at"), r.getInt("attempts"), Jdbc.getInstant(r, "respond_due_at"),
                Jdbc.getInstant(r, "contact_due_at")));
          }
        }
        return rows;
      }
    });
  }

  private static void bind(PreparedStatement s, Object[] values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v instanceof java.time.Instant at) {
        Jdbc.setInstant(s, i + 1, at);
      } else if (v instanceof Integer n) {
        s.setInt(i + 1, n);
      } else if (v == null && COLUMNS.get(Math.min(i, COLUMNS.size() - 1)).endsWith("_at")) {
        Jdbc.setInstant(s, i + 1, null);
      } else {
        s.setString(i + 1, (String) v);
      }
    }
  }
}
