package io.revbridge.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(mixinStandardHelpOptions = true, name = "route", description = "Routing: who gets a lead and why, and how fair the round robin is.",
    subcommands = {RouteExplainCommand.class, RouteFairnessCommand.class, RouteResponseTimesCommand.class})
final class RouteCommand implements Runnable {
  @ParentCommand RevbridgeMain main;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
