package io.revbridge.enrichment.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into rows: comma separated, double quotes around cells that hold commas ({@code ""} for a quote),
 * lines starting with {@code #} and blank lines skipped. Quoted cells cannot span lines: data files are edited by
 * hand, and a stray quote should fail on its own line instead of swallowing the rest of the file.
 */
public final class CsvLines {
  private CsvLines() {}

  public static List<CsvRow> parse(String text, String fileName) {
    List<CsvRow> rows = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      String stripped = line.strip();
      if (stripped.isEmpty() || stripped.startsWith("#")) {
        continue;
      }
      rows.add(new CsvRow(i + 1, cells(line, fileName, i + 1)));
    }
    return rows;
  }

  private static List<String> cells(String line, String fileName, int lineNumber) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"' && cell.toString().isBlank()) {
        quoted = true;
        cell.setLength(0);
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    if (quoted) {
      throw new DataFileException(fileName, lineNumber, "a quoted cell is not closed",
          "end the cell with a double quote, and write a quote inside it as \"\"");
    }
    cells.add(cell.toString());
    return cells;
  }
}
