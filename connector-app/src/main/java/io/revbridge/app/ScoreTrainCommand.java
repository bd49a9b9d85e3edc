package io.revbridge.app;

import io.revbridge.config.RevbridgeConfig;
import io.revbridge.mapping.MappingSet;
import io.revbridge.playbook.Playbook;
import io.revbridge.playbook.PlaybookLoader;
import io.revbridge.predictive.HistoryReader;
import io.revbridge.predictive.ModelCodec;
import io.revbridge.predictive.ModelTrainer;
import io.revbridge.predictive.PredictedObject;
import io.revbridge.predictive.TrainedModel;
import io.revbridge.store.Store;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code score train}: reads a connection's closed history, trains and evaluates a model, stores it as a new version
 * and activates it when it earned its place (a signal, and better ranking than the rules). Reads the CRM, writes
 * only the store.
 */
@Command(mixinStandardHelpOptions = true, name = "train",
    description = "Learn conversion (leads) or win (deals) likelihood from the CRM's closed history; stores a new "
        + "model version with its evaluation against the rules.")
final class ScoreTrainCommand implements Callable<Integer> {
  @ParentCommand ScoreCommand parent;
  @Spec CommandSpec spec;
  @Mixin ConfigOption config;

  @Option(names = "--object", required = true, paramLabel = "leads|deals", description = "What to learn.")
  String object;

  @Option(names = "--since", paramLabel = "DATE",
      description = "Only outcomes on or after this day (YYYY-MM-DD); default: all history.")
  String since;

  @Option(names = "--connection", paramLabel = "NAME",
      description = "The connection to learn from (default: the one that syncs the object).")
  String connection;

  @Option(names = "--no-activate", description = "Store the model without putting it in charge, even if it beats "
      + "the rules.")
  boolean noActivate;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Optional<LocalDate> sinceDay = sinceDay(spec, since);
    RevbridgeConfig cfg = config.load(parent.main.env());
    MappingSet mappings = Revbridge.loadMappings(cfg);
    Playbook playbook = PlaybookLoader.load(cfg.playbook());
    PredictiveTarget target = PredictiveTarget.resolve(spec, cfg, mappings, object, connection);
    PredictedObject kind = target.object();
    try (OpenConnections open = OpenConnections.open(cfg); Store store = Revbridge.openStore(cfg)) {
      HistoryReader reader = PredictiveWiring.historyReader(cfg, mappings, playbook, store, out::println);
      HistoryReader.History history = reader.read(kind, open.get(target.connection().name()),
          target.connection().crm(), target.connection().objects(), sinceDay, out::println);
      out.printf("%s: %d records read, %d with an outcome, %d still open, %d before --since, %d not mappable%n",
          target.connection().name(), history.read(), history.examples().size(), history.open(),
          history.beforeSince(), history.unmappable());
      String what = sinceDay.map(d -> "since " + d).orElse("in all history") + " on connection "
          + target.connection().name();
      TrainedModel model = new ModelTrainer(playbook.predictive().training()).train(kind, history.examples(), what);
      Instant now = Instant.now();
      long id = store.models().add(ModelCodec.toRow(model, target.connection().name(), sinceDay, now));
      store.models().addEvaluation(id, now, model.testRecords(), ModelCodec.write(model.evaluation()));
      out.printf("trained on %d records (%s .. %s), calibrated (%s) on %d, tested on the newest %d%n",
          model.trainRecords(), model.trainFrom(), model.trainTo(), model.calibrator().method(),
          model.calibrationRecords(), model.testRecords());
      EvaluationReport.text(out, id, kind.cliName(), model.testFrom(), model.testTo(), model.evaluation());
      if (!model.evaluation().learnedWins()) {
        out.println("model " + id + " stored, not activated: "
            + (model.evaluation().noSignal() ? "no signal" : "it does not rank better than the rules")
            + "; `revbridge score model activate " + id + "` would activate it anyway");
      } else if (noActivate) {
        out.println("model " + id + " stored, not activated (--no-activate); `revbridge score model activate " + id
            + "` activates it");
      } else {
        store.models().activate(id, now);
        out.println("model " + id + " stored and activated for " + kind.cliName() + " on "
            + target.connection().name() + ModeNote.of(playbook, kind.cliName()));
      }
    }
    return RevbridgeMain.OK;
  }

  static Optional<LocalDate> sinceDay(CommandSpec spec, String since) {
    if (since == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(since.strip()));
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--since must be a day like 2025-01-31, was '"
          + since + "'");
    }
  }
}
