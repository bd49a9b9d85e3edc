package io.revbridge.app;

import io.revbridge.config.RevbridgeConfig;
import io.revbridge.sync.BatchPlan;
import io.revbridge.sync.SyncReport;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(mixinStandardHelpOptions = true, name = "sync", description = "Run one incremental pass: poll, score, route and write back.")
final class SyncCommand implements Callable<Integer> {
  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

  @ParentCommand RevbridgeMain main;
  @Spec CommandSpec spec;
  @Mixin ConfigOption config;

  @Option(names = "--once", required = true, description = "Run one pass and exit (continuous sync is `revbridge run`).")
  boolean once;

  @Option(names = "--dry-run", description = "Show what would be written without writing, queueing or moving cursors.")
  boolean dryRun;

  @Option(names = "--json", description = "With --dry-run: print the plan as one JSON document instead of a table.")
  boolean json;

  @Override
  public Integer call() throws com.fasterxml.jackson.core.JsonProcessingException {
    PrintWriter out = spec.commandLine().getOut();
    RevbridgeConfig cfg = config.load(main.env());
    try (Revbridge rb = Revbridge.assemble(cfg, out::println)) {
      if (dryRun && json) {
        PlanJson plan = new PlanJson();
        SyncReport report = rb.engine().dryRun(plan::add);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("read", report.read());
        summary.put("scored", report.scored());
        summary.put("recordsToWrite", report.plannedWrites());
        summary.put("tasksToCreate", report.plannedTasks());
        out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(plan.toJson(summary)));
        return RevbridgeMain.OK;
      }
      if (json) {
        throw new CommandFailure("--json goes with --dry-run: `revbridge sync --once --dry-run --json`");
      }
      if (dryRun) {
        PlanPrinter.header(out);
        SyncReport report = rb.engine().dryRun(plan -> PlanPrinter.print(plan, out));
        out.printf("dry run: %d read, %d scored, %d records would be written, %d tasks would be created; nothing was changed%n",
            report.read(), report.scored(), report.plannedWrites(), report.plannedTasks());
        return RevbridgeMain.OK;
      }
      SyncReport report = rb.engine().syncOnce();
      rb.handoff().ifPresent(h -> h.runOnce());
      // What routing set in motion: SLA reminders and escalations, due sequence steps, written in this run too.
      rb.slas().check();
      int steps = rb.sequences().runDue();
      if (steps > 0) {
        rb.engine().drain();
        out.println(steps + " follow-up sequence tasks queued");
      }
      rb.notifications().ifPresent(sender -> out.println(sender.sendDue() + " notifications sent"));
      out.println(Summary.sync(report));
      return report.deadLetters() > 0 || report.retriesPending() > 0 ? RevbridgeMain.FAILED : RevbridgeMain.OK;
    }
  }
}
