package io.revbridge.app;

import io.revbridge.spi.TaskSpec;
import io.revbridge.sync.BatchPlan;
import io.revbridge.sync.FieldUpdate;
import java.io.PrintWriter;

/** Shows a dry run's plan: every field write as old → new, every task, every record that would fail. */
final class PlanPrinter {
  private static final int SHOWN_TEXT = 60;

  private PlanPrinter() {}

  private static final String ROW = "%-28s %-28s %-42s %s%n";

  /** The table's column titles; print once before the plans. */
  static void header(PrintWriter out) {
    out.printf(ROW, "RECORD", "CHANGE", "OLD", "NEW");
  }

  /** One row per field write (old → new), per task (with its reasons) and per record that would fail. */
  static void print(BatchPlan plan, PrintWriter out) {
    for (FieldUpdate u : plan.updates()) {
      String record = u.write().ref().toString();
      u.write().values().forEach((field, value) -> out.printf(ROW, record,
          field + (u.assignsOwner() && field.contains("owner") ? " (new owner)" : ""),
          shorten(u.previous().getOrDefault(field, "")), shorten(value)));
    }
    for (TaskSpec t : plan.tasks()) {
      out.printf(ROW, t.about().toString(), "task for owner " + t.ownerId(), "(none)",
          shorten(t.subject() + " — " + t.body()));
    }
    plan.deadLetters().forEach(d -> out.printf(ROW, d.connection() + "/" + d.objectType() + "/" + d.recordId(),
        "dead letter at " + d.stage(), "", shorten(d.message())));
  }

  private static String shorten(String value) {
    String oneLine = value.replace('\n', ' ');
    return oneLine.isEmpty() ? "(empty)"
        : oneLine.length() <= SHOWN_TEXT ? "'" + oneLine + "'" : "'" + oneLine.substring(0, SHOWN_TEXT) + "…'";
  }
}
