package io.revbridge.app;

import io.revbridge.sandbox.HubSpotSandbox;
import io.revbridge.sandbox.SandboxOptions;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "sandbox", description = "Run the local HubSpot sandbox alone, to try `sync` and `run` against it.")
final class SandboxCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--port", defaultValue = "0", description = "Port on 127.0.0.1 (default: a free port).")
  int port;

  @Option(names = "--records", defaultValue = "500", description = "Contacts to seed (default: ${DEFAULT-VALUE}).")
  int records;

  @Option(names = "--seed", defaultValue = "42", description = "Dataset seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--latency-ms", defaultValue = "0", description = "Added latency per API call (default: ${DEFAULT-VALUE}).")
  int latencyMillis;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    SandboxOptions options = SandboxOptions.defaults().withPort(port).withContacts(records).withSeed(seed)
        .withLatencyMillis(latencyMillis);
    HubSpotSandbox sandbox = HubSpotSandbox.start(options);
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
}
