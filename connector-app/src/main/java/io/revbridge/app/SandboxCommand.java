package io.revbridge.app;

import io.revbridge.sandbox.HistoryOptions;
import io.revbridge.sandbox.HistoryTruth;
import io.revbridge.sandbox.HubSpotSandbox;
import io.revbridge.sandbox.SalesforceSandbox;
import io.revbridge.sandbox.SandboxOptions;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(mixinStandardHelpOptions = true, name = "sandbox",
    description = "Run a local CRM sandbox (HubSpot or Salesforce) alone, to try `sync` and `run` against it.")
final class SandboxCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--port", defaultValue = "0", description = "Port on 127.0.0.1 (default: a free port).")
  int port;

  @Option(names = "--records", defaultValue = "500", description = "Contacts to seed (default: ${DEFAULT-VALUE}).")
  int records;

  @Option(names = "--seed", defaultValue = "42", description = "Dataset seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--crm", defaultValue = "hubspot",
      description = "hubspot or salesforce (default: ${DEFAULT-VALUE}); --records counts leads for Salesforce.")
  String crm;

  @Option(names = "--latency-ms", defaultValue = "0", description = "Added latency per API call (default: ${DEFAULT-VALUE}).")
  int latencyMillis;

  @Option(names = "--history", defaultValue = "0", paramLabel = "N",
      description = "Also seed N closed leads and N closed deals (converted/disqualified, won/lost over two years) "
          + "whose outcomes follow a hidden relationship, for `score train` (default: ${DEFAULT-VALUE}).")
  int history;

  @Option(names = "--history-truth", defaultValue = "signal", paramLabel = "signal|noise",
      description = "noise: the history's outcomes are coin flips, so a trained model finds no signal "
          + "(default: ${DEFAULT-VALUE}).")
  String historyTruth;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    SandboxOptions options = SandboxOptions.defaults().withPort(port).withContacts(records).withSeed(seed)
        .withLatencyMillis(latencyMillis);
    Optional<HistoryOptions> closed = history(spec);
    if (crm.equals("salesforce")) {
      return salesforce(options, closed, out);
    }
    if (!crm.equals("hubspot")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--crm must be hubspot or salesforce, not `"
          + crm + "`");
    }
    HubSpotSandbox sandbox = HubSpotSandbox.start(options);
    closed.ifPresent(sandbox::seedHistory);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      sandbox.close();
      stopped.countDown();
    }));
    out.println("HubSpot sandbox: " + sandbox.baseUrl());
    out.println("access token:    " + sandbox.accessToken());
    out.println("inspect:         " + sandbox.baseUrl() + "/_sandbox/stats");
    out.println("try it:          export HUBSPOT_ACCESS_TOKEN=" + sandbox.accessToken()
        + " and set baseUrl: " + sandbox.baseUrl() + " in revbridge.yaml; Ctrl-C stops the sandbox");
    out.flush();
    stopped.await();
    return RevbridgeMain.OK;
  }

  private Optional<HistoryOptions> history(CommandSpec spec) {
    if (history < 0 || history > HistoryOptions.MAX_RECORDS) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--history must be 0.." + HistoryOptions.MAX_RECORDS
          + ", was " + history);
    }
    HistoryTruth truth = switch (historyTruth.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "signal" -> HistoryTruth.SIGNAL;
      case "noise" -> HistoryTruth.NOISE;
      default -> throw new CommandLine.ParameterException(spec.commandLine(),
          "--history-truth must be signal or noise, not `" + historyTruth + "`");
    };
    return history == 0 ? Optional.empty()
        : Optional.of(HistoryOptions.of(history, history, truth).withSeed(seed));
  }

  private Integer salesforce(SandboxOptions options, Optional<HistoryOptions> closed, PrintWriter out)
      throws InterruptedException {
    SalesforceSandbox sandbox = SalesforceSandbox.start(options);
    closed.ifPresent(sandbox::seedHistory);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      sandbox.close();
      stopped.countDown();
    }));
    out.println("Salesforce sandbox: " + sandbox.baseUrl());
    out.println("organization id:    " + sandbox.organizationId());
    out.println("try it:             export SALESFORCE_CLIENT_SECRET=" + SalesforceSandbox.CLIENT_SECRET
        + " and in revbridge.yaml set loginUrl: " + sandbox.baseUrl() + ", organizationId: "
        + sandbox.organizationId() + ", auth: {flow: client-credentials, clientId: " + SalesforceSandbox.CLIENT_ID
        + ", clientSecret: ${SALESFORCE_CLIENT_SECRET}}; Ctrl-C stops the sandbox");
    out.flush();
    stopped.await();
    return RevbridgeMain.OK;
  }
}
