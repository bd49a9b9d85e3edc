package io.revbridge.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code score model}: the stored model versions, which is active, and going back one activation. */
@Command(mixinStandardHelpOptions = true, name = "model",
    description = "List the stored model versions, activate one, or roll back to the one before.",
    subcommands = {ScoreModelListCommand.class, ScoreModelActivateCommand.class, ScoreModelRollbackCommand.class})
final class ScoreModelCommand implements Runnable {
  @ParentCommand ScoreCommand parent;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
