package io.revbridge.forecast;

import io.revbridge.store.ForecastCell;
import io.revbridge.store.ForecastRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Rolls the latest deal forecasts up per owner, per quarter of the predicted close date, or overall: commit, best
 * case, pipeline, weighted and won. A deal without an amount counts as a deal but adds nothing. Pure.
 */
public final class ForecastRollup {
  /** How to group. */
  public enum By {
    ALL,
    OWNER,
    QUARTER
  }

  private ForecastRollup() {}

  /** One line per group in name order, then the overall line ({@code all}) last unless grouping by ALL. */
  public static List<RollupLine> of(List<ForecastRow> rows, ForecastModel model, By by) {
    Function<ForecastRow, String> key = switch (by) {
      case ALL -> row -> "all";
      case OWNER -> row -> row.ownerId() == null || row.ownerId().isBlank() ? "(no owner)" : row.ownerId();
      case QUARTER -> row -> row.closeDate().getYear() + "-Q" + ((row.closeDate().getMonthValue() - 1) / 3 + 1);
    };
    Map<String, List<ForecastRow>> groups = new TreeMap<>();
    for (ForecastRow row : rows) {
      groups.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row);
    }
    List<RollupLine> lines = new ArrayList<>();
    groups.forEach((group, members) -> lines.add(line(group, members, model)));
    if (by != By.ALL) {
      lines.add(line("all", rows, model));
    }
    return lines;
  }

  /**
   * The same lines as {@link #of} from the store's per-owner-and-month sums ({@code cells} read with the model's
   * commit and best-case probabilities), for roll-ups over many deals.
   */
  public static List<RollupLine> ofCells(List<ForecastCell> cells, By by) {
    Function<ForecastCell, String> key = switch (by) {
      case ALL -> cell -> "all";
      case OWNER -> cell -> cell.ownerId() == null || cell.ownerId().isBlank() ? "(no owner)" : cell.ownerId();
      case QUARTER -> cell -> quarter(cell);
    };
    Map<String, List<ForecastCell>> groups = new TreeMap<>();
    for (ForecastCell cell : cells) {
      groups.computeIfAbsent(key.apply(cell), k -> new ArrayList<>()).add(cell);
    }
    List<RollupLine> lines = new ArrayList<>();
    groups.forEach((group, members) -> lines.add(sum(group, members)));
    if (by != By.ALL) {
      lines.add(sum("all", cells));
    }
    return lines;
  }

  /** A cell's quarter, as {@link By#QUARTER} names it ({@code 2026-Q2}). */
  public static String quarter(ForecastCell cell) {
    return cell.year() + "-Q" + ((cell.month() - 1) / 3 + 1);
  }

  private static RollupLine sum(String group, List<ForecastCell> cells) {
    int open = 0;
    BigDecimal commit = BigDecimal.ZERO;
    BigDecimal bestCase = BigDecimal.ZERO;
    BigDecimal pipeline = BigDecimal.ZERO;
    BigDecimal weighted = BigDecimal.ZERO;
    BigDecimal won = BigDecimal.ZERO;
    for (ForecastCell c : cells) {
      open += c.openDeals();
      commit = commit.add(c.commit());
      bestCase = bestCase.add(c.bestCase());
      pipeline = pipeline.add(c.pipeline());
      weighted = weighted.add(c.weighted());
      won = won.add(c.won());
    }
    return new RollupLine(group, open, commit, bestCase, pipeline, weighted, won);
  }

  private static RollupLine line(String group, List<ForecastRow> rows, ForecastModel model) {
    int open = 0;
    BigDecimal commit = BigDecimal.ZERO;
    BigDecimal bestCase = BigDecimal.ZERO;
    BigDecimal pipeline = BigDecimal.ZERO;
    BigDecimal weighted = BigDecimal.ZERO;
    BigDecimal won = BigDecimal.ZERO;
    for (ForecastRow row : rows) {
      BigDecimal amount = row.amount() == null ? BigDecimal.ZERO : row.amount();
      if (ForecastStage.CLOSED_WON.name().equals(row.stage())) {
        won = won.add(amount);
        continue;
      }
      if (ForecastStage.CLOSED_LOST.name().equals(row.stage())) {
        continue;
      }
      open++;
      pipeline = pipeline.add(amount);
      weighted = weighted.add(row.expectedValue() == null ? BigDecimal.ZERO : row.expectedValue());
      if (row.probability() >= model.commitMin()) {
        commit = commit.add(amount);
      }
      if (row.probability() >= model.bestCaseMin()) {
        bestCase = bestCase.add(amount);
      }
    }
    return new RollupLine(group, open, commit, bestCase, pipeline, weighted, won);
  }
}
