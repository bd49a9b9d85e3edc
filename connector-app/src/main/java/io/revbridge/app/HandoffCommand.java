package io.revbridge.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(mixinStandardHelpOptions = true, name = "handoff",
    description = "The marketing → sales hand-off (HubSpot MQLs to Salesforce): how well it goes.",
    subcommands = {HandoffReportCommand.class})
final class HandoffCommand implements Runnable {
  @ParentCommand RevbridgeMain main;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
