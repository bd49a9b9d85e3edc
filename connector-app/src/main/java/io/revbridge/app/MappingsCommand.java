package io.revbridge.app;

import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(mixinStandardHelpOptions = true, name = "mappings", description = "Check the mapping files, or preview what they make of real records.",
    subcommands = {MappingsValidateCommand.class, MappingsPreviewCommand.class})
final class MappingsCommand implements Runnable {
  @ParentCommand RevbridgeMain main;
  @Spec CommandSpec spec;

  Map<String, String> env() {
    return main.env();
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: `mappings validate` or `mappings preview`");
  }
}
