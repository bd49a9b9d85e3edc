package io.revbridge.app;

import io.revbridge.sandbox.HubSpotSandbox;
import io.revbridge.sandbox.SandboxRecord;
import io.revbridge.sandbox.SandboxStats;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the demo shows after its sync, read back from the sandbox itself (not from Revbridge's own
 * bookkeeping): how many contacts carry a score, the grade spread, the API calls it took, and one hot
 * lead's reasons as a rep would see them.
 */
final class DemoSummary {
  private DemoSummary() {}

  /** Prints the summary and returns how many contacts are still without a score. */
  static long print(HubSpotSandbox sandbox, PrintWriter out) {
    List<SandboxRecord> contacts = sandbox.records("contacts").stream().filter(r -> !r.archived()).toList();
    Map<String, Long> grades = new TreeMap<>();
    long scored = 0;
    for (SandboxRecord c : contacts) {
      if (c.get("revbridge_score") != null) {
        scored++;
        grades.merge(c.get("revbridge_grade"), 1L, Long::sum);
      }
    }
    out.printf("in the sandbox: %d of %d contacts carry a Revbridge score: %d HOT, %d WARM, %d COLD, %d UNQUALIFIED%n",
        scored, contacts.size(), grades.getOrDefault("HOT", 0L), grades.getOrDefault("WARM", 0L),
        grades.getOrDefault("COLD", 0L), grades.getOrDefault("UNQUALIFIED", 0L));
    SandboxStats stats = sandbox.stats();
    out.printf("API use: %d calls, largest batch %d, %d answered 429; the sandbox enforces %d calls per 10 s and %d searches per second%n",
        stats.totalRequests(), stats.largestBatch().values().stream().mapToInt(Integer::intValue).max().orElse(0),
        stats.tooManyRequests(), stats.burstPer10s(), stats.searchPerSecond());
    contacts.stream().filter(c -> "HOT".equals(c.get("revbridge_grade"))).findFirst().ifPresent(c -> {
      out.printf("what a rep sees on %s %s (%s):%n", c.get("firstname"), c.get("lastname"), c.get("jobtitle"));
      c.get("revbridge_score_reasons").lines().forEach(line -> out.println("    " + line));
    });
    return contacts.size() - scored;
  }
}
