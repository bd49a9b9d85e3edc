package io.revbridge.enrichment.data;

import java.util.List;

/** One data row of a CSV file with its 1-based line number, for messages that point at it. */
public record CsvRow(int line, List<String> cells) {
  public CsvRow {
    cells = List.copyOf(cells);
  }

  /** Cell {@code i}, stripped; empty when the row is shorter. */
  public String cell(int i) {
    return i < cells.size() ? cells.get(i).strip() : "";
  }
}
