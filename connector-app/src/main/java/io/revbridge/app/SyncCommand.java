package io.revbridge.app;

import io.revbridge.config.RevbridgeConfig;
import io.revbridge.sync.BatchPlan;
import io.revbridge.sync.SyncReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(mixinStandardHelpOptions = true, name = "sync", description = "Run one incremental pass: poll, score, route and write back.")
final class SyncCommand implements Callable<Integer> {
  @ParentCommand RevbridgeMain main;
  @Spec CommandSpec spec;
  @Mixin ConfigOption config;

  @Option(names = "--once", required = true, description = "Run one pass and exit (continuous sync is `revbridge run`).")
  boolean once;

  @Option(names = "--dry-run", description = "Show what would be written without writing, queueing or moving cursors.")
  boolean dryRun;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    RevbridgeConfig cfg = config.load(main.env());
    try (Revbridge rb = Revbridge.assemble(cfg, out::println)) {
      if (dryRun) {
        SyncReport report = rb.engine().dryRun(plan -> PlanPrinter.print(plan, out));
        out.printf("dry run: %d read, %d scored, %d records would be written, %d tasks would be created; nothing was changed%n",
            report.read(), report.scored(), report.plannedWrites(), report.plannedTasks());
        return RevbridgeMain.OK;
      }
      SyncReport report = rb.engine().syncOnce();
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
