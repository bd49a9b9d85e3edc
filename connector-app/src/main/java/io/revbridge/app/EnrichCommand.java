package io.revbridge.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(mixinStandardHelpOptions = true, name = "enrich", description = "Enrichment: what Revbridge derives from a record, with the source of every value.",
    subcommands = {EnrichPreviewCommand.class})
final class EnrichCommand implements Runnable {
  @ParentCommand RevbridgeMain main;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
