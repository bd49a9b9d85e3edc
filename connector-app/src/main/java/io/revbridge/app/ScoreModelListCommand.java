package io.revbridge.app;

import io.revbridge.config.RevbridgeConfig;
import io.revbridge.predictive.Evaluation;
import io.revbridge.predictive.ModelCodec;
import io.revbridge.predictive.PredictedObject;
import io.revbridge.store.ModelRow;
import io.revbridge.store.Store;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code score model list}: every stored model, newest first, with its window, held-out AUC and active mark. */
@Command(mixinStandardHelpOptions = true, name = "list", description = "List stored models, newest first.")
final class ScoreModelListCommand implements Callable<Integer> {
  @ParentCommand ScoreModelCommand parent;
  @Spec CommandSpec spec;
  @Mixin ConfigOption config;

  @Option(names = "--object", paramLabel = "leads|deals", description = "Only this kind (default: both).")
  String object;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    String kind = object == null ? null : PredictiveTarget.object(spec, object).cliName();
    RevbridgeConfig cfg = config.load(parent.parent.main.env());
    try (Store store = Revbridge.openStore(cfg)) {
      List<ModelRow> models = store.models().list(null, kind);
      out.printf("%-5s %-7s %-14s %-6s %-23s %-23s %7s %7s %7s  %s%n", "id", "active", "connection", "object",
          "trained from", "trained to", "records", "AUC", "rules", "created");
      for (ModelRow m : models) {
        Evaluation e = ModelCodec.evaluation(m);
        out.printf(Locale.ROOT, "%-5d %-7s %-14s %-6s %-23s %-23s %7d %7.3f %7.3f  %s%s%n", m.id(),
            m.active() ? "*" : "", m.connection(), m.objectKind(), m.trainFrom(), m.trainTo(), m.trainRecords(),
            e.learned().auc(), e.rules().auc(), m.createdAt(), e.noSignal() ? "  (no signal)" : "");
      }
      if (models.isEmpty()) {
        out.println("no models yet: `revbridge score train --object " + (kind == null
            ? PredictedObject.LEADS.cliName() : kind) + "` trains one");
      }
    }
    return RevbridgeMain.OK;
  }
}
