package io.revbridge.app;

import io.revbridge.config.RevbridgeConfig;
import io.revbridge.forecast.ForecastRollup;
import io.revbridge.forecast.RollupLine;
import io.revbridge.playbook.Playbook;
import io.revbridge.playbook.PlaybookLoader;
import io.revbridge.store.Store;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code forecast}: the roll-up of the latest deal forecasts in the store, overall or per owner or quarter. */
@Command(mixinStandardHelpOptions = true, name = "forecast",
    description = "Roll up the latest deal forecasts: commit, best case, pipeline, weighted and won.")
final class ForecastCommand implements Callable<Integer> {
  @ParentCommand RevbridgeMain main;
  @Spec CommandSpec spec;
  @Mixin ConfigOption config;

  @Option(names = "--by", paramLabel = "owner|quarter", description = "Group per owner or per quarter of the predicted close date (default: overall only).")
  String by;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ForecastRollup.By grouping;
    try {
      grouping = ForecastReport.grouping(by);
    } catch (IllegalArgumentException e) {
      err.println("error: --by " + e.getMessage() + " (fix: --by owner, --by quarter, or leave it out)");
      return RevbridgeMain.BAD_INPUT;
    }
    RevbridgeConfig cfg = config.load(main.env());
    Playbook playbook = PlaybookLoader.load(cfg.playbook());
    try (Store store = Revbridge.openStore(cfg)) {
      List<RollupLine> lines = ForecastReport.lines(store, playbook.forecast(), grouping);
      String header = grouping == ForecastRollup.By.OWNER ? "owner" : grouping == ForecastRollup.By.QUARTER ? "quarter" : "";
      out.printf("%-20s %6s %14s %14s %14s %14s %14s%n", header, "deals", "commit", "best case", "pipeline",
          "weighted", "won");
      for (RollupLine line : lines) {
        out.printf("%-20s %6d %14s %14s %14s %14s %14s%n", line.group(), line.openDeals(), money(line.commit()),
            money(line.bestCase()), money(line.pipeline()), money(line.weighted()), money(line.won()));
      }
      out.println("commit: open deals at " + playbook.forecast().commitMin() + "% or more; best case: at "
          + playbook.forecast().bestCaseMin() + "% or more; pipeline: every open deal (playbook deal-forecast.yaml)");
    }
    return RevbridgeMain.OK;
  }

  private static String money(BigDecimal amount) {
    return String.format(Locale.ROOT, "%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
  }
}
