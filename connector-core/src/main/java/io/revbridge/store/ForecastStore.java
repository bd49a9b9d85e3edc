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
      "amount", "probability", "expected_value", "close_date", "confidence", "forecast_at", "risks", "created_at");
  /** The playbook stages a deal reaches only after its proposal: seeing one of them counts the proposal. */
  private static final String PROPOSED = "('PROPOSAL', 'NEGOTIATION', 'CLOSING', 'CLOSED_WON')";

  private final Jdbc jdbc;
  private final String upsert;

  ForecastStore(Jdbc jdbc, SqlDialect dialect) {
    this.jdbc = jdbc;
    this.upsert = dialect.upsert("deal_forecasts", COLUMNS, List.of("connection", "object_type", "record_id"));
  }

  /**
   * Replaces each deal's row with this forecast. The first forecast that sees a deal at the proposal stage or a later
   * one (not lost) also stamps it as proposed, with its forecast time; later forecasts keep that stamp.
   */
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
          Jdbc.setInstant(s, 13, row.createdAt());
          s.addBatch();
        }
        s.executeBatch();
      }
      try (PreparedStatement s = c.prepareStatement("UPDATE deal_forecasts SET proposal_at = ? WHERE connection = ?"
          + " AND object_type = ? AND record_id = ? AND proposal_at IS NULL AND stage IN " + PROPOSED)) {
        for (ForecastRow row : rows) {
          Jdbc.setInstant(s, 1, row.forecastAt());
          s.setString(2, row.ref().connection());
          s.setString(3, row.ref().objectType());
          s.setString(4, row.ref().id());
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

  /**
   * The open deals (not closed won or lost) whose latest forecast names a risk: counted and summed by the database,
   * and the {@code largest} of them read, largest amount first (a deal without an amount ranks as zero).
   */
  public DealsAtRisk atRisk(int largest) {
    Jdbc.requireLimit(largest);
    String where = " WHERE risks IS NOT NULL AND risks <> '' AND " + OPEN;
    java.math.BigDecimal[] sum = new java.math.BigDecimal[1];
    long deals = jdbc.inTransaction("count the deals at risk", c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*), SUM(COALESCE(amount, 0)) FROM deal_forecasts"
          + where);
          ResultSet r = s.executeQuery()) {
        r.next();
        sum[0] = r.getBigDecimal(2) == null ? java.math.BigDecimal.ZERO : r.getBigDecimal(2);
        return r.getLong(1);
      }
    });
    // COALESCE: a deal without an amount ranks as zero (PostgreSQL would put NULL first in a descending order)
    List<ForecastRow> top = deals == 0 ? List.of() : read("read the deals at risk", where
        + " ORDER BY COALESCE(amount, 0) DESC, connection, object_type, record_id FETCH FIRST " + largest + " ROWS ONLY");
    return new DealsAtRisk(deals, sum[0], top);
  }

  /**
   * Per owner and month of close date in {@code [from, to)}: the deals won, lost and open, counted and summed by the
   * database (team performance reads a dozen rows per month, not every deal). Deals without an owner are left out.
   */
  public List<DealMonth> closingPerOwner(java.time.LocalDate from, java.time.LocalDate to) {
    return jdbc.inTransaction("sum the deals closing from " + from + " to " + to + " per owner", c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT owner_id, " + YEAR + " AS y, " + MONTH + " AS m,"
          + " SUM(CASE WHEN stage = 'CLOSED_WON' THEN 1 ELSE 0 END) AS won_deals,"
          + " SUM(CASE WHEN stage = 'CLOSED_WON' THEN COALESCE(amount, 0) ELSE 0 END) AS won,"
          + " SUM(CASE WHEN stage = 'CLOSED_LOST' THEN 1 ELSE 0 END) AS lost_deals,"
          + " SUM(CASE WHEN " + OPEN + " THEN 1 ELSE 0 END) AS open_deals,"
          + " SUM(CASE WHEN " + OPEN + " THEN COALESCE(amount, 0) ELSE 0 END) AS pipeline"
          + " FROM deal_forecasts WHERE close_date >= ? AND close_date < ? AND owner_id IS NOT NULL AND owner_id <> ''"
          + " GROUP BY owner_id, " + YEAR + ", " + MONTH + " ORDER BY owner_id, y, m")) {
        s.setDate(1, Date.valueOf(from));
        s.setDate(2, Date.valueOf(to));
        List<DealMonth> months = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            months.add(new DealMonth(r.getString("owner_id"), java.time.YearMonth.of(r.getInt("y"), r.getInt("m")),
                r.getLong("won_deals"), r.getBigDecimal("won"), r.getLong("lost_deals"), r.getLong("open_deals"),
                r.getBigDecimal("pipeline")));
          }
        }
        return months;
      }
    });
  }

  /**
   * Per owner, the deals the CRM created in {@code [from, to)} and their amounts, whatever their stage now: the
   * pipeline each rep generated. Deals without a creation time (not mapped) or an owner are left out.
   */
  public List<OwnerDeals> createdPerOwner(java.time.Instant from, java.time.Instant to) {
    return perOwner("created_at", from, to, "sum the deals created per owner");
  }

  /** Per owner, the deals first seen at the proposal stage or a later one (not lost) in {@code [from, to)}. */
  public List<OwnerDeals> proposedPerOwner(java.time.Instant from, java.time.Instant to) {
    return perOwner("proposal_at", from, to, "count the deals proposed per owner");
  }

  private List<OwnerDeals> perOwner(String column, java.time.Instant from, java.time.Instant to, String what) {
    return jdbc.inTransaction(what, c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT owner_id, COUNT(*) AS deals, SUM(COALESCE(amount, 0))"
          + " AS amount FROM deal_forecasts WHERE " + column + " >= ? AND " + column + " < ? AND owner_id IS NOT NULL"
          + " AND owner_id <> '' GROUP BY owner_id ORDER BY owner_id")) {
        Jdbc.setInstant(s, 1, from);
        Jdbc.setInstant(s, 2, to);
        List<OwnerDeals> owners = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            owners.add(new OwnerDeals(r.getString("owner_id"), r.getLong("deals"), r.getBigDecimal("amount")));
          }
        }
        return owners;
      }
    });
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
              Jdbc.getInstant(r, "forecast_at"), risks(r.getString("risks")), Jdbc.getInstant(r, "created_at")));
        }
      }
      return rows;
    });
  }

  private static List<String> risks(String lines) {
    return lines == null || lines.isEmpty() ? List.of() : List.of(lines.split("\n"));
  }
}
