package io.revbridge.app;

import io.revbridge.config.RevbridgeConfig;
import io.revbridge.mapping.MappingSet;
import io.revbridge.playbook.Playbook;
import io.revbridge.playbook.PlaybookLoader;
import io.revbridge.store.ModelRow;
import io.revbridge.store.Store;
import io.revbridge.store.StoreException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code score model rollback}: undoes the newest activation; the model before it (or the rules) is in charge. */
@Command(mixinStandardHelpOptions = true, name = "rollback",
    description = "Undo the newest activation: the model activated before it is in charge again, or the rules.")
final class ScoreModelRollbackCommand implements Callable<Integer> {
  @ParentCommand ScoreModelCommand parent;
  @Spec CommandSpec spec;
  @Mixin ConfigOption config;

  @Option(names = "--object", required = true, paramLabel = "leads|deals", description = "Which kind of model.")
  String object;

  @Option(names = "--connection", paramLabel = "NAME", description = "The connection (default: the one that syncs "
      + "the object).")
  String connection;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    RevbridgeConfig cfg = config.load(parent.parent.main.env());
    MappingSet mappings = Revbridge.loadMappings(cfg);
    Playbook playbook = PlaybookLoader.load(cfg.playbook());
    PredictiveTarget target = PredictiveTarget.resolve(spec, cfg, mappings, object, connection);
    String kind = target.object().cliName();
    try (Store store = Revbridge.openStore(cfg)) {
      Optional<ModelRow> now;
      try {
        now = store.models().rollback(target.connection().name(), kind);
      } catch (StoreException e) {
        throw new CommandFailure(e.getMessage());
      }
      out.println(now.map(m -> "rolled back: model " + m.id() + " is active again for " + kind + " on "
              + m.connection() + ModeNote.of(playbook, kind))
          .orElse("rolled back: no " + kind + " model is active on " + target.connection().name()
              + "; the rules are in charge"));
    }
    return RevbridgeMain.OK;
  }
}
