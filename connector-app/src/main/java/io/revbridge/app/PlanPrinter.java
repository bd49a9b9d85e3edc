package io.revbridge.app;

import io.revbridge.spi.TaskSpec;
import io.revbridge.sync.BatchPlan;
import io.revbridge.sync.FieldUpdate;
import java.io.PrintWriter;

/** Shows a dry run's plan: every field write as old → new, every task, every record that would fail. */
final class PlanPrinter {
  private static final int SHOWN_TEXT = 60;

  private PlanPrinter() {}

  static void print(BatchPlan plan, PrintWriter out) {
    for (FieldUpdate u : plan.updates()) {
      out.println("would write " + u.write().ref() + (u.assignsOwner() ? " (assigns owner)" : ""));
      u.write().values().forEach((field, value) ->
          out.println("    " + field + ": " + shorten(u.previous().getOrDefault(field, "")) + " → " + shorten(value)));
    }
    for (TaskSpec t : plan.tasks()) {
      out.println("would create task for " + t.about() + " owner " + t.ownerId() + ": " + t.subject());
    }
    plan.deadLetters().forEach(d ->
        out.println("would dead-letter " + d.connection() + "/" + d.objectType() + "/" + d.recordId()
            + " at " + d.stage() + ": " + d.message()));
  }

  private static String shorten(String value) {
    String oneLine = value.replace('\n', ' ');
    return oneLine.isEmpty() ? "(empty)"
        : oneLine.length() <= SHOWN_TEXT ? "'" + oneLine + "'" : "'" + oneLine.substring(0, SHOWN_TEXT) + "…'";
  }
}
