package io.revbridge.app;

import io.revbridge.sandbox.SalesforceSandbox;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The demo's summary for the Salesforce sandbox, read back from the fake org: leads and contacts that
 * carry a score, the grade spread, the tasks created and the API calls it took.
 */
final class SalesforceDemoSummary {
  private SalesforceDemoSummary() {}

  /** Prints the summary and returns how many leads and contacts are still without a score. */
  static long print(SalesforceSandbox sandbox, PrintWriter out) {
    long unscored = 0;
    for (String object : List.of("Lead", "Contact")) {
      List<Map<String, String>> rows = sandbox.records(object).stream()
          .filter(r -> !"true".equals(r.get("IsDeleted"))).toList();
      Map<String, Long> grades = new TreeMap<>();
      long scored = 0;
      for (Map<String, String> r : rows) {
        if (r.get("Revbridge_Score__c") != null) {
          scored++;
          grades.merge(r.get("Revbridge_Grade__c"), 1L, Long::sum);
        }
      }
      unscored += rows.size() - scored;
      out.printf("in the Salesforce sandbox: %d of %d %ss carry a Revbridge score: %d HOT, %d WARM, %d COLD, "
          + "%d UNQUALIFIED%n", scored, rows.size(), object, grades.getOrDefault("HOT", 0L),
          grades.getOrDefault("WARM", 0L), grades.getOrDefault("COLD", 0L), grades.getOrDefault("UNQUALIFIED", 0L));
    }
    out.printf("Salesforce API use: %d calls, %d tasks created%n", sandbox.apiRequests(),
        sandbox.records("Task").size());
    return unscored;
  }
}
