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

  private static final String OPEN = "(stage IS NULL OR stage NOT IN ('CLOSED_WON', 'CLOSED_LOST'))";
  private static final String YEAR = "CAST(EXTRACT(YEAR FROM close_date) AS INT)";
  private static final String MONTH = "CAST(EXTRACT(MONTH FROM close_date) AS INT)";

  /**
   * The forecasts summed per owner and month of close date, in that order: a roll-up of every deal without reading
   * them one by one.
   *
   * @param commitMin lowest probability counted as commit; {@code bestCaseMin} likewise for best case
   */
  public List<ForecastCell> cells(int commitMin, int bestCaseMin) {
    return jdbc.inTransaction("sum the deal forecasts per owner and month", c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT owner_id, " + YEAR + " AS y, " + MONTH + " AS m,"
          + " SUM(CASE WHEN " + OPEN + " THEN 1 ELSE 0 END) AS open_deals,"
          + " SUM(CASE WHEN " + OPEN + " AND probability >= ? THEN COALESCE(amount, 0) ELSE 0 END) AS commit_amount,"
          + " SUM(CASE WHEN " + OPEN + " AND probability >= ? THEN COALESCE(amount, 0) ELSE 0 END) AS best_case,"
          + " SUM(CASE WHEN " + OPEN + " THEN COALESCE(amount, 0) ELSE 0 END) AS pipeline,"
          + " SUM(CASE WHEN " + OPEN + " THEN COALESCE(expected_value, 0) ELSE 0 END) AS weighted,"
          + " SUM(CASE WHEN stage = 'CLOSED_WON' THEN COALESCE(amount, 0) ELSE 0 END) AS won"
          + " FROM deal_forecasts GROUP BY owner_id, " + YEAR + ", " + MONTH + " ORDER BY owner_id, y, m")) {
        s.setInt(1, commitMin);
        s.setInt(2, bestCaseMin);
        List<ForecastCell> cells = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            cells.add(new ForecastCell(r.getString("owner_id"), r.getInt("y"), r.getInt("m"), r.getInt("open_deals"),
                r.getBigDecimal("commit_amount"), r.getBigDecimal("best_case"), r.getBigDecimal("pipeline"),
                r.getBigDecimal("weighted"), r.getBigDecimal("won")));
          }
        }
        return cells;
      }
    });
  }

  /** The open deals (not closed won or lost) whose latest forecast names a risk, largest amount first. */
  public List<ForecastRow> openAtRisk() {
    // COALESCE: a deal without an amount ranks as zero (PostgreSQL would put NULL first in a descending order)
    return read("read the deals at risk", " WHERE risks IS NOT NULL AND risks <> '' AND " + OPEN
        + " ORDER BY COALESCE(amount, 0) DESC, connection, object_type, record_id");
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
