package io.revbridge.app;

import io.revbridge.config.RevbridgeConfig;
import io.revbridge.playbook.Playbook;
import io.revbridge.playbook.PlaybookLoader;
import io.revbridge.predictive.ModelCodec;
import io.revbridge.store.ModelRow;
import io.revbridge.store.Store;
import io.revbridge.store.StoreException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code score model activate ID}: puts a stored model in charge of its connection and record kind. */
@Command(mixinStandardHelpOptions = true, name = "activate",
    description = "Put a stored model in charge of its connection and record kind (replacing the active one).")
final class ScoreModelActivateCommand implements Callable<Integer> {
  @ParentCommand ScoreModelCommand parent;
  @Spec CommandSpec spec;
  @Mixin ConfigOption config;

  @Parameters(index = "0", paramLabel = "ID", description = "The model id, from `score model list`.")
  long id;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    RevbridgeConfig cfg = config.load(parent.parent.main.env());
    Playbook playbook = PlaybookLoader.load(cfg.playbook());
    try (Store store = Revbridge.openStore(cfg)) {
      ModelRow m;
      try {
        ModelCodec.scoring(store.models().find(id).orElseThrow(() -> new StoreException("There is no model " + id
            + "; `revbridge score model list` shows the stored ones.")));
        m = store.models().activate(id, Instant.now());
      } catch (StoreException | IllegalStateException e) {
        throw new CommandFailure(e.getMessage());
      }
      out.println("model " + m.id() + " is now active for " + m.objectKind() + " on " + m.connection()
          + ModeNote.of(playbook, m.objectKind()));
    }
    return RevbridgeMain.OK;
  }
}
