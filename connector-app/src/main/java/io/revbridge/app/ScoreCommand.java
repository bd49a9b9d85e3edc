package io.revbridge.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(mixinStandardHelpOptions = true, name = "score",
    description = "Scoring and forecasting: what Revbridge would write for a record, and why.",
    subcommands = {ScoreExplainCommand.class, ScoreTrainCommand.class, ScoreEvaluateCommand.class,
        ScoreModelCommand.class})
final class ScoreCommand implements Runnable {
  @ParentCommand RevbridgeMain main;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
