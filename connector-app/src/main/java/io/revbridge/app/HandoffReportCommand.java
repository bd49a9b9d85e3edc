package io.revbridge.app;

import io.revbridge.config.RevbridgeConfig;
import io.revbridge.handoff.HandoffReport;
import io.revbridge.store.Store;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Prints the hand-off's quality figures, read from the store. */
@Command(mixinStandardHelpOptions = true, name = "report",
    description = "MQL → SQL conversion, sales-accepted rate, response time against the SLA and rejection reasons, "
        + "for the contacts that crossed since a time (default: the last 30 days).")
final class HandoffReportCommand implements Callable<Integer> {
  @ParentCommand HandoffCommand handoff;
  @Spec CommandSpec spec;
  @Mixin ConfigOption config;

  @Option(names = "--since", paramLabel = "ISO", description = "Count contacts that crossed from this time, e.g. 2026-03-01T00:00:00Z.")
  Instant since;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    RevbridgeConfig cfg = config.load(handoff.main.env());
    Instant from = FairnessQuery.since(since, Instant.now());
    try (Store store = Revbridge.openStore(cfg)) {
      HandoffReport report = HandoffReport.of(store.handoffs().since(from), from, Instant.now());
      report.lines().forEach(out::println);
    }
    return RevbridgeMain.OK;
  }
}
