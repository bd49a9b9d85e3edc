package io.revbridge.store;

import io.revbridge.model.RecordRef;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** The latest forecast per deal (table {@code deal_forecasts}). Thread-safe; each call is its own transaction. */
public final class ForecastStore {
  private static final List<String> COLUMNS = List.of("connection", "object_type", "record_id", "owner_id", "stage",
      "amount", "probability", "expected_value", "close_date", "confidence", "forecast_at", "risks");

  private final Jdbc jdbc;
  private final String upsert;

  ForecastStore(Jdbc jdbc, SqlDialect dialect) {
    this.jdbc = jdbc;
    this.upsert = dialect.upsert("deal_forecasts", COLUMNS, List.of("connection", "object_type", "record_id"));
  }

  /** Replaces each deal's row with this forecast. */
  public void save(List<ForecastRow> rows) {
    if (rows.isEmpty()) {
      return;
    }
    jdbc.inTransaction("save " + rows.size() + " deal forecasts", c -> {
      try (PreparedStatement s = c.prepareStatement(upsert)) {
        for (ForecastRow row : rows) {
          s.setString(1, row.ref().connection());
          s.setString(2, row.ref().objectType());
          s.setString(3, row.ref().id());
          s.setString(4, row.ownerId());
          s.setString(5, row.stage());
          s.setBigDecimal(6, row.amount());
          s.setInt(7, row.probability());
          s.setBigDecimal(8, row.expectedValue());
          s.setDate(9, Date.valueOf(row.closeDate()));
          s.setString(10, row.confidence());
          Jdbc.setInstant(s, 11, row.forecastAt());
          s.setString(12, row.risks().isEmpty() ? null : String.join("\n", row.risks()));
          s.addBatch();
        }
        s.executeBatch();
      }
      return null;
    });
  }

  /** Every deal's latest forecast, in a stable order (connection, object type, record id). */
  public List<ForecastRow> all() {
    return read("read the deal forecasts", " ORDER BY connection, object_type, record_id");
  }

  /** The open deals (not closed won or lost) whose latest forecast names a risk, largest amount first. */
  public List<ForecastRow> openAtRisk() {
    return read("read the deals at risk", " WHERE risks IS NOT NULL AND (stage IS NULL OR stage NOT IN"
        + " ('CLOSED_WON', 'CLOSED_LOST')) ORDER BY amount DESC, connection, object_type, record_id");
  }

  /** The deals whose (predicted) close date lies in {@code [from, to)}, in a stable order. */
  public List<ForecastRow> closingBetween(java.time.LocalDate from, java.time.LocalDate to) {
    return read("read the deals closing from " + from + " to " + to, " WHERE close_date >= DATE '" + from
        + "' AND close_date < DATE '" + to + "' ORDER BY connection, object_type, record_id");
  }

  private List<ForecastRow> read(String what, String where) {
    return jdbc.inTransaction(what, c -> {
      List<ForecastRow> rows = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT " + String.join(", ", COLUMNS)
          + " FROM deal_forecasts" + where);
          ResultSet r = s.executeQuery()) {
        while (r.next()) {
          int probability = r.getInt("probability");
          rows.add(new ForecastRow(
              new RecordRef(r.getString("connection"), r.getString("object_type"), r.getString("record_id")),
              r.getString("owner_id"), r.getString("stage"), r.getBigDecimal("amount"), probability,
              r.getBigDecimal("expected_value"), r.getDate("close_date").toLocalDate(), r.getString("confidence"),
              Jdbc.getInstant(r, "forecast_at"), risks(r.getString("risks"))));
        }
      }
      return rows;
    });
  }

  private static List<String> risks(String lines) {
    return lines == null || lines.isEmpty() ? List.of() : List.of(lines.split("\n"));
  }
}
