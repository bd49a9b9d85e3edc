package io.revbridge.app;

import io.revbridge.config.RevbridgeConfig;
import io.revbridge.store.DeadLetter;
import io.revbridge.store.Store;
import io.revbridge.store.StoreSettings;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(mixinStandardHelpOptions = true, name = "dlq", description = "Dead letters: records that could not be processed or written.",
    subcommands = {DlqCommand.ListCommand.class})
final class DlqCommand implements Runnable {
  @ParentCommand RevbridgeMain main;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(mixinStandardHelpOptions = true, name = "list", description = "List dead letters, newest first.")
  static final class ListCommand implements Callable<Integer> {
    @ParentCommand DlqCommand dlq;
    @Spec CommandSpec spec;
    @Mixin ConfigOption config;

    @Option(names = "--limit", defaultValue = "50", description = "How many to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      RevbridgeConfig cfg = config.load(dlq.main.env());
      try (Store store = Store.open(new StoreSettings(cfg.store().url(), cfg.store().user(), cfg.store().password()))) {
        List<DeadLetter> letters = store.deadLetters().list(limit);
        for (DeadLetter d : letters) {
          out.printf("#%d %s %s/%s/%s stage=%s %s: %s%s%n", d.id(), d.at(), d.connection(), d.objectType(),
              d.recordId(), d.stage(), d.errorCode(), d.message(), d.replayedAt() == null ? "" : " (replayed " + d.replayedAt() + ")");
        }
        out.println(store.deadLetters().count() + " dead letters in total");
      }
      return RevbridgeMain.OK;
    }
  }
}
