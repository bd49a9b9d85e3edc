package io.revbridge.app;

import io.revbridge.config.RevbridgeConfig;
import io.revbridge.routing.FairnessReport;
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

/** Prints assignments per rep against their weight, per team and connection, read from the store. */
@Command(mixinStandardHelpOptions = true, name = "fairness",
    description = "Assignments per rep against their weight, per team, since a time (default: the last 30 days).")
final class RouteFairnessCommand implements Callable<Integer> {
  @ParentCommand RouteCommand route;
  @Spec CommandSpec spec;
  @Mixin ConfigOption config;

  @Option(names = "--since", paramLabel = "ISO", description = "Count assignments from this time, e.g. 2026-03-01T00:00:00Z.")
  Instant since;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    RevbridgeConfig cfg = config.load(route.main.env());
    Instant from = FairnessQuery.since(since, Instant.now());
    try (Store store = Revbridge.openStore(cfg)) {
      List<FairnessReport.Line> lines = FairnessQuery.lines(store, from);
      out.printf("%-40s %-24s %8s %6s %7s %7s%n", "team", "owner", "assigned", "weight", "share", "target");
      for (FairnessReport.Line l : lines) {
        out.printf("%-40s %-24s %8d %6d %6.1f%% %6.1f%%%n", l.pool(), l.ownerId(), l.assigned(), l.weight(),
            100 * l.share(), 100 * l.weightShare());
      }
      out.println(lines.stream().mapToLong(FairnessReport.Line::assigned).sum() + " assignments since " + from);
    }
    return RevbridgeMain.OK;
  }
}
