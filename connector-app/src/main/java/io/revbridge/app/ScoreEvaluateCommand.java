package io.revbridge.app;

import io.revbridge.config.RevbridgeConfig;
import io.revbridge.mapping.MappingSet;
import io.revbridge.playbook.Playbook;
import io.revbridge.playbook.PlaybookLoader;
import io.revbridge.predictive.Evaluation;
import io.revbridge.predictive.Example;
import io.revbridge.predictive.HistoryReader;
import io.revbridge.predictive.ModelCodec;
import io.revbridge.predictive.ModelTrainer;
import io.revbridge.store.ModelRow;
import io.revbridge.store.Store;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code score evaluate}: measures a stored model and the rule model on the same held-out records — the model's test
 * window and every outcome since, never a record it was trained or calibrated on — prints the report and stores it.
 */
@Command(mixinStandardHelpOptions = true, name = "evaluate",
    description = "ROC AUC, log loss, Brier score, reliability table and top-decile lift of a model and of the "
        + "rules on the same held-out records; says \"no signal\" when the model is no better than a coin.")
final class ScoreEvaluateCommand implements Callable<Integer> {
  @ParentCommand ScoreCommand parent;
  @Spec CommandSpec spec;
  @Mixin ConfigOption config;

  @Option(names = "--object", required = true, paramLabel = "leads|deals", description = "Which kind of model.")
  String object;

  @Option(names = "--model", paramLabel = "ID", description = "The model version (default: the active one, else "
      + "the newest).")
  Long modelId;

  @Option(names = "--connection", paramLabel = "NAME", description = "The connection (default: the one that syncs "
      + "the object).")
  String connection;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    RevbridgeConfig cfg = config.load(parent.main.env());
    MappingSet mappings = Revbridge.loadMappings(cfg);
    Playbook playbook = PlaybookLoader.load(cfg.playbook());
    PredictiveTarget target = PredictiveTarget.resolve(spec, cfg, mappings, object, connection);
    String name = target.connection().name();
    String kind = target.object().cliName();
    try (Store store = Revbridge.openStore(cfg)) {
      ModelRow model = modelId != null
          ? store.models().find(modelId).filter(m -> m.connection().equals(name) && m.objectKind().equals(kind))
              .orElseThrow(() -> new CommandFailure("There is no " + kind + " model " + modelId + " on connection "
                  + name + "; `revbridge score model list` shows the stored ones."))
          : store.models().active(name, kind)
              .or(() -> store.models().list(name, kind).stream().findFirst())
              .orElseThrow(() -> new CommandFailure("No " + kind + " model on connection " + name
                  + " yet; train one with `revbridge score train --object " + kind + "`."));
      List<Example> heldOut;
      try (OpenConnections open = OpenConnections.open(cfg)) {
        HistoryReader reader = PredictiveWiring.historyReader(cfg, mappings, playbook, store,
            json ? s -> { } : out::println);
        heldOut = reader.read(target.object(), open.get(name), target.connection().crm(),
                target.connection().objects(), java.util.Optional.empty(), json ? s -> { } : out::println)
            .examples().stream().filter(e -> !e.at().isBefore(model.testFrom()))
            .sorted(Comparator.comparing(Example::at)).toList();
      }
      if (heldOut.isEmpty()) {
        throw new CommandFailure("No closed " + kind + " on or after " + model.testFrom() + " (model " + model.id()
            + "'s held-out window) to evaluate on.");
      }
      Evaluation evaluation;
      try {
        evaluation = ModelTrainer.evaluate(ModelCodec.scoring(model), heldOut);
      } catch (IllegalArgumentException e) {
        throw new CommandFailure("Cannot evaluate model " + model.id() + ": " + e.getMessage());
      }
      Instant from = heldOut.get(0).at();
      Instant to = heldOut.get(heldOut.size() - 1).at();
      store.models().addEvaluation(model.id(), Instant.now(), heldOut.size(), ModelCodec.write(evaluation));
      if (json) {
        out.println(EvaluationReport.json(model.id(), kind, from, to, evaluation).toPrettyString());
      } else {
        EvaluationReport.text(out, model.id(), kind, from, to, evaluation);
        out.println("report stored with model " + model.id());
      }
    }
    return RevbridgeMain.OK;
  }
}
