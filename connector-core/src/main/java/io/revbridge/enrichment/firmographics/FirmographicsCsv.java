package io.revbridge.enrichment.firmographics;

import io.revbridge.enrichment.data.CsvLines;
import io.revbridge.enrichment.data.CsvRow;
import io.revbridge.enrichment.data.DataFileException;
import io.revbridge.enrichment.data.DataFiles;
import io.revbridge.enrichment.data.DataProblem;
import io.revbridge.enrichment.email.Domains;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a firmographics CSV. The header names the columns, in any order: {@code domain} (required), {@code employees},
 * {@code industry}, {@code annual_revenue}, {@code country}, {@code technologies} ({@code ;}-separated). Domains are
 * normalised like everywhere else ({@code www.Acme.com} is {@code acme.com}); a later row for the same domain wins.
 * A missing header or domain column is fatal; a bad row is reported with its line and skipped.
 */
public final class FirmographicsCsv {
  static final List<String> COLUMNS = List.of("domain", "employees", "industry", "annual_revenue", "country", "technologies");

  private FirmographicsCsv() {}

  public static FirmographicsTable load(Path path) {
    return parse(DataFiles.file(path), path.toString());
  }

  public static FirmographicsTable parse(String text, String file) {
    List<CsvRow> rows = CsvLines.parse(text, file);
    if (rows.isEmpty()) {
      throw new DataFileException(file, 1, "the file has no header", "start it with the line " + String.join(",", COLUMNS));
    }
    Map<String, Integer> column = header(rows.get(0), file);
    Map<String, Firmographics> byDomain = new HashMap<>();
    List<DataProblem> problems = new ArrayList<>();
    for (CsvRow row : rows.subList(1, rows.size())) {
      Firmographics firmographics = row(row, column, file, problems);
      if (firmographics != null) {
        byDomain.put(firmographics.domain(), firmographics);
      }
    }
    return new FirmographicsTable(byDomain, problems);
  }

  private static Map<String, Integer> header(CsvRow row, String file) {
    Map<String, Integer> column = new HashMap<>();
    for (int i = 0; i < row.cells().size(); i++) {
      String name = row.cell(i).toLowerCase(Locale.ROOT);
      if (!COLUMNS.contains(name)) {
        throw new DataFileException(file, row.line(), "unknown column '" + row.cell(i) + "'",
            "name the columns from " + COLUMNS + " (domain is required)");
      }
      column.put(name, i);
    }
    if (!column.containsKey("domain")) {
      throw new DataFileException(file, row.line(), "the header has no domain column",
          "add a domain column; it is how companies are found");
    }
    return column;
  }

  private static Firmographics row(CsvRow row, Map<String, Integer> column, String file, List<DataProblem> problems) {
    String rawDomain = cell(row, column, "domain");
    String domain = Domains.normalise(rawDomain);
    if (domain == null) {
      problems.add(new DataProblem(file, row.line(), "domain '" + rawDomain + "' is not a domain",
          "write a domain such as acme.com (a website URL works too)"));
      return null;
    }
    Integer employees = null;
    String rawEmployees = cell(row, column, "employees").replace("_", "").replace(" ", "");
    if (!rawEmployees.isEmpty()) {
      try {
        employees = Integer.valueOf(rawEmployees);
        if (employees < 0) {
          throw new NumberFormatException();
        }
      } catch (NumberFormatException e) {
        problems.add(new DataProblem(file, row.line(), "employees '" + cell(row, column, "employees")
            + "' is not a whole number", "write a count such as 250, or leave it empty"));
        return null;
      }
    }
    BigDecimal revenue = null;
    String rawRevenue = cell(row, column, "annual_revenue").replace("_", "").replace(" ", "");
    if (!rawRevenue.isEmpty()) {
      try {
        revenue = new BigDecimal(rawRevenue);
      } catch (NumberFormatException e) {
        problems.add(new DataProblem(file, row.line(), "annual_revenue '" + cell(row, column, "annual_revenue")
            + "' is not a number", "write plain digits such as 12500000 (no currency sign or thousands separators)"));
        return null;
      }
    }
    String rawTechnologies = cell(row, column, "technologies");
    List<String> technologies = rawTechnologies.isEmpty() ? List.of()
        : Arrays.stream(rawTechnologies.split(";")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    return new Firmographics(domain, employees, blankToNull(cell(row, column, "industry")), revenue,
        blankToNull(cell(row, column, "country")), technologies);
  }

  private static String cell(CsvRow row, Map<String, Integer> column, String name) {
    Integer index = column.get(name);
    return index == null ? "" : row.cell(index);
  }

  private static String blankToNull(String text) {
    return text.isEmpty() ? null : text;
  }
}
