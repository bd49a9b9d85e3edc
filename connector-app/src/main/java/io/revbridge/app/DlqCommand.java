package io.revbridge.app;

import io.revbridge.config.RevbridgeConfig;
import io.revbridge.store.DeadLetter;
import io.revbridge.store.DeadLetterFilter;
import io.revbridge.store.Store;
import io.revbridge.sync.DeadLetterReplay;
import io.revbridge.sync.ReplayOutcome;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(mixinStandardHelpOptions = true, name = "dlq", description = "Dead letters: records that could not be processed or written.",
    subcommands = {DlqCommand.ListCommand.class, DlqCommand.ReplayCommand.class})
final class DlqCommand implements Runnable {
  static final int REPLAY_AT_MOST = DeadLetterReplay.AT_MOST;

  @ParentCommand RevbridgeMain main;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static Store openStore(RevbridgeConfig cfg) {
    return Revbridge.openStore(cfg);
  }

  static String describe(DeadLetter d) {
    return String.format("#%d %s %s/%s/%s stage=%s %s: %s%s", d.id(), d.at(), d.connection(), d.objectType(),
        d.recordId(), d.stage(), d.errorCode(), d.message(), d.replayedAt() == null ? "" : " (replayed " + d.replayedAt() + ")");
  }

  /** The filters both subcommands share. */
  static final class Filters {
    @Option(names = "--connection", description = "Only this connection.")
    String connection;

    @Option(names = "--stage", description = "Only this stage: fetch, map, enrich, score, route, write or handoff.")
    String stage;

    @Option(names = "--error", description = "Only letters whose error code is this, or whose message contains it (any case).")
    String error;

    DeadLetterFilter filter(boolean unreplayedOnly) {
      return new DeadLetterFilter(connection, stage, error, unreplayedOnly);
    }
  }

  @Command(mixinStandardHelpOptions = true, name = "list", description = "List dead letters, newest first.")
  static final class ListCommand implements Callable<Integer> {
    @ParentCommand DlqCommand dlq;
    @Spec CommandSpec spec;
    @Mixin ConfigOption config;
    @Mixin Filters filters;

    @Option(names = "--limit", defaultValue = "50", description = "How many to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      RevbridgeConfig cfg = config.load(dlq.main.env());
      DeadLetterFilter filter = filters.filter(false);
      try (Store store = openStore(cfg)) {
        for (DeadLetter d : store.deadLetters().list(filter, limit)) {
          out.println(describe(d));
        }
        long matching = store.deadLetters().count(filter);
        long total = store.deadLetters().count();
        out.println(matching == total ? total + " dead letters in total"
            : matching + " dead letters match, of " + total + " in total");
      }
      return RevbridgeMain.OK;
    }
  }

  @Command(mixinStandardHelpOptions = true, name = "replay",
      description = {"Queue dead letters again after fixing their cause: failed writes go back to the outbox,",
          "records that failed an earlier stage back to the inbox (read afresh from the CRM),",
          "a failed hand-off runs again (the Salesforce record is found again, never created twice).",
          "The next `sync --once` or the running `run` handles them (a hand-off: the next hand-off pass)."})
  static final class ReplayCommand implements Callable<Integer> {
    @ParentCommand DlqCommand dlq;
    @Spec CommandSpec spec;
    @Mixin ConfigOption config;
    @Mixin Filters filters;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    static final class Which {
      @Option(names = "--id", arity = "1..*", description = "The letters to replay, by id (see `dlq list`); also replayed ones.")
      List<Long> ids;

      @Option(names = "--all", description = "Every letter not replayed yet that passes the filters.")
      boolean all;
    }

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      RevbridgeConfig cfg = config.load(dlq.main.env());
      try (Store store = openStore(cfg)) {
        List<DeadLetter> letters = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        if (which.all) {
          DeadLetterFilter filter = filters.filter(true);
          long matching = store.deadLetters().count(filter);
          if (matching > REPLAY_AT_MOST) {
            throw new CommandFailure(matching + " dead letters match; replay at most " + REPLAY_AT_MOST
                + " at once: narrow it with --connection, --stage or --error, or run it again");
          }
          letters.addAll(store.deadLetters().list(filter, REPLAY_AT_MOST));
        } else {
          DeadLetterFilter filter = filters.filter(false);
          for (long id : which.ids) {
            store.deadLetters().byId(id).ifPresentOrElse(d -> {
              if (filter.matches(d)) {
                letters.add(d);
              } else {
                out.println("#" + id + ": kept: it does not pass the filters");
              }
            }, () -> unknown.add(id));
          }
        }
        int replayed = 0;
        for (ReplayOutcome outcome : new DeadLetterReplay(store, Clock.systemUTC()).replayAll(letters)) {
          replayed += outcome.replayed() ? 1 : 0;
          out.println("#" + outcome.letterId() + ": " + outcome.what());
        }
        unknown.forEach(id -> out.println("#" + id + ": there is no dead letter with this id (see dlq list)"));
        out.println(replayed + " of " + (letters.size() + unknown.size()) + " dead letters queued again"
            + (replayed > 0 ? "; the next `revbridge sync --once` (or the running `revbridge run`) handles them" : ""));
        return unknown.isEmpty() && replayed == letters.size() ? RevbridgeMain.OK : RevbridgeMain.FAILED;
      }
    }
  }
}
