package io.revbridge.enrichment.title;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.enrichment.data.CsvLines;
import io.revbridge.enrichment.data.CsvRow;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Runs the labelled corpus ({@code enrichment/title-corpus.csv}) through the shipped rules, prints accuracy per label
 * of each dimension, and requires every row to classify exactly: a rule change that breaks a title shows the title.
 */
class TitleCorpusTest {
  private final TitleClassifier classifier = TitleClassifier.builtIn();

  @Test
  void everyLabelledTitleIsClassifiedAsLabelled() throws IOException {
    List<CsvRow> rows = corpus();
    Map<String, int[]> perLabel = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    for (CsvRow row : rows) {
      String title = row.cell(0);
      TitleProfile profile = classifier.classify(title);
      check(perLabel, misses, title, "role", row.cell(1), profile.role().name());
      check(perLabel, misses, title, "seniority", row.cell(2), profile.seniority().name());
      check(perLabel, misses, title, "department", row.cell(3), profile.department().name());
    }
    StringBuilder report = new StringBuilder("title corpus: " + rows.size() + " titles\n");
    perLabel.forEach((label, counts) -> report.append(String.format("  %-40s %3d/%3d  %5.1f%%%n",
        label, counts[0], counts[1], 100.0 * counts[0] / counts[1])));
    System.out.print(report);

    assertThat(rows).hasSizeGreaterThanOrEqualTo(300);
    assertThat(misses).as(report.toString()).isEmpty();
  }

  private static void check(Map<String, int[]> perLabel, List<String> misses, String title, String dimension,
      String expected, String actual) {
    int[] counts = perLabel.computeIfAbsent(dimension + "=" + expected, k -> new int[2]);
    counts[1]++;
    if (expected.equals(actual)) {
      counts[0]++;
    } else {
      misses.add("'" + title + "': " + dimension + " " + actual + ", labelled " + expected);
    }
  }

  private static List<CsvRow> corpus() throws IOException {
    try (InputStream in = TitleCorpusTest.class.getResourceAsStream("/enrichment/title-corpus.csv")) {
      List<CsvRow> rows = CsvLines.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "title-corpus.csv");
      return rows.subList(1, rows.size());
    }
  }
}
