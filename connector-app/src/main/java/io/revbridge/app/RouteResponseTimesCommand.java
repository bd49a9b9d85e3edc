package io.revbridge.app;

import io.revbridge.config.RevbridgeConfig;
import io.revbridge.routing.ResponseTimeReport;
import io.revbridge.store.Store;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Prints first-touch response times per team and rep, read from the store's SLA clocks. */
@Command(mixinStandardHelpOptions = true, name = "response-times",
    description = "First-touch response times per team and rep (p50, p90; met, breached, open), of the SLA clocks"
        + " started since a time (default: the last 30 days).")
final class RouteResponseTimesCommand implements Callable<Integer> {
  @ParentCommand RouteCommand route;
  @Spec CommandSpec spec;
  @Mixin ConfigOption config;

  @Option(names = "--since", paramLabel = "ISO", description = "Clocks started from this time, e.g. 2026-03-01T00:00:00Z.")
  Instant since;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    RevbridgeConfig cfg = config.load(route.main.env());
    Instant from = FairnessQuery.since(since, Instant.now());
    try (Store store = Revbridge.openStore(cfg)) {
      List<ResponseTimeReport.Line> lines = ResponseTimeQuery.lines(store, from);
      out.printf("%-24s %-24s %6s %5s %8s %5s %9s %9s%n", "team", "rep", "clocks", "met", "breached", "open",
          "p50 min", "p90 min");
      for (ResponseTimeReport.Line l : lines) {
        out.printf("%-24s %-24s %6d %5d %8d %5d %9s %9s%n", l.team(), l.ownerId() == null ? "(team)" : l.ownerId(),
            l.clocks(), l.met(), l.breached(), l.open(), ResponseTimeReport.minutes(l.p50()),
            ResponseTimeReport.minutes(l.p90()));
      }
      out.println(lines.stream().filter(l -> l.ownerId() == null).mapToLong(ResponseTimeReport.Line::clocks).sum()
          + " SLA clocks since " + from);
    }
    return RevbridgeMain.OK;
  }
}
