package io.revbridge.app;

import io.revbridge.config.ConfigException;
import io.revbridge.mapping.MappingException;
import io.revbridge.routing.PlaybookException;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code revbridge} command. Exit codes: 0 ok, 1 runtime failure, 2 bad input or configuration.
 */
@Command(
    name = "revbridge",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Scores, routes and writes back leads in HubSpot and Salesforce, beside your CRM.",
    subcommands = {
      DemoCommand.class,
      SandboxCommand.class,
      CheckCommand.class,
      SyncCommand.class,
      RunCommand.class,
      DlqCommand.class,
      CompactCommand.class,
      EnrichCommand.class,
      ScoreCommand.class,
      ForecastCommand.class,
      RouteCommand.class,
      HandoffCommand.class,
      DuplicatesCommand.class,
      MappingsCommand.class, DiscoverCommand.class,
      SetupCommand.class,
      CommandLine.HelpCommand.class
    })
public final class RevbridgeMain implements Runnable {
  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int BAD_INPUT = 2;

  private final Map<String, String> env;

  RevbridgeMain(Map<String, String> env) {
    this.env = env;
  }

  Map<String, String> env() {
    return env;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(new CommandLine(this), "name a command, e.g. `revbridge demo`");
  }

  public static void main(String[] args) {
    System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.getenv()));
  }

  /** Runs one command line; used by {@link #main} and by tests, which capture both streams. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
    CommandLine cli = new CommandLine(new RevbridgeMain(env));
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      Throwable cause = e instanceof CommandFailure f && f.getCause() != null ? f.getCause() : e;
      if (cause instanceof ConfigException || cause instanceof MappingException
          || cause instanceof PlaybookException || cause instanceof io.revbridge.enrichment.data.DataFileException) {
        err.println(cause.getMessage());
        return BAD_INPUT;
      }
      err.println("error: " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()));
      return FAILED;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
