package io.revbridge.app;

import io.revbridge.config.RevbridgeConfig;
import io.revbridge.store.H2FileCompaction;
import io.revbridge.store.StoreSettings;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Gives the H2 store file's unused space back to the disk; PostgreSQL needs nothing of the kind. */
@Command(mixinStandardHelpOptions = true, name = "compact",
    description = "Give the H2 store file's unused space back to the disk (stop Revbridge first).")
final class CompactCommand implements Callable<Integer> {
  @ParentCommand RevbridgeMain main;
  @Spec CommandSpec spec;
  @Mixin ConfigOption config;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    RevbridgeConfig cfg = config.load(main.env());
    StoreSettings settings = Revbridge.storeSettings(cfg);
    if (!H2FileCompaction.applies(settings.jdbcUrl())) {
      out.println("nothing to compact: " + settings.redactedUrl() + " is not an H2 file (PostgreSQL reuses and"
          + " returns space itself, by autovacuum)");
      return RevbridgeMain.OK;
    }
    H2FileCompaction.Result result = H2FileCompaction.compact(settings);
    out.printf("compacted %s: %,.1f MB → %,.1f MB%n", result.file(), result.before() / 1e6, result.after() / 1e6);
    return RevbridgeMain.OK;
  }
}
