package io.revbridge.app;

import io.revbridge.config.ConfigLoader;
import io.revbridge.config.RevbridgeConfig;
import io.revbridge.sandbox.HubSpotSandbox;
import io.revbridge.sandbox.SandboxOptions;
import io.revbridge.sync.SyncReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo",
    description = "Start the HubSpot sandbox, run one full sync against it and show what Revbridge wrote.")
final class DemoCommand implements Callable<Integer> {
  static final String TOKEN_VARIABLE = "REVBRIDGE_DEMO_TOKEN";

  @ParentCommand RevbridgeMain main;
  @Spec CommandSpec spec;

  @Option(names = "--records", defaultValue = "500", description = "Contacts to seed (default: ${DEFAULT-VALUE}).")
  int records;

  @Option(names = "--serve", description = "Keep the sandbox and Revbridge running and print their URLs.")
  boolean serve;

  @Option(names = "--port", defaultValue = "8080", description = "Revbridge's HTTP port with --serve (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--data", defaultValue = "data/demo",
      description = "Folder for the demo's own H2 store, emptied at start (default: ${DEFAULT-VALUE}).")
  Path data;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    HubSpotSandbox sandbox = HubSpotSandbox.start(SandboxOptions.defaults().withContacts(records));
    try {
      out.println("sandbox: HubSpot fake at " + sandbox.baseUrl() + " seeded with " + records + " contacts");
      emptyFolder(data);
      Map<String, String> env = new HashMap<>(main.env());
      env.put(TOKEN_VARIABLE, sandbox.accessToken());
      RevbridgeConfig cfg = ConfigLoader.fromYaml(demoYaml(sandbox.baseUrl()), "demo configuration (built in)",
          Path.of("."), env);
      Revbridge rb = Revbridge.assemble(cfg, out::println);
      SyncReport report;
      try {
        report = rb.engine().syncOnce();
      } catch (RuntimeException e) {
        rb.close();
        throw e;
      }
      long unscored = DemoSummary.print(sandbox, out);
      if (unscored > 0 || report.deadLetters() > 0 || report.retriesPending() > 0) {
        rb.close();
        out.println(Summary.sync(report));
        throw new CommandFailure("demo incomplete: " + unscored + " contacts without a score; see the lines above");
      }
      out.println(Summary.demo(report));
      if (!serve) {
        rb.close();
        return RevbridgeMain.OK;
      }
      RunCommand.Service service = RunCommand.Service.start(rb, "127.0.0.1", port, out);
      out.println("serving: Revbridge http://127.0.0.1:" + service.port() + "/health (metrics at /metrics),"
          + " sandbox " + sandbox.baseUrl() + "/_sandbox/stats, token " + sandbox.accessToken() + "; Ctrl-C stops both");
      out.flush();
      service.awaitShutdown();
      return RevbridgeMain.OK;
    } finally {
      if (!serve) {
        sandbox.close();
      }
    }
  }

  private String demoYaml(String baseUrl) {
    String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("revbridge").toString().replace('\\', '/');
    return String.join("\n",
        "store:",
        "  url: " + url,
        "server:",
        "  port: " + port,
        "connections:",
        "  - name: demo",
        "    crm: hubspot",
        "    baseUrl: " + baseUrl,
        "    accessToken: ${" + TOKEN_VARIABLE + "}",
        "    objects: [contacts]",
        "");
  }

  /** The demo starts from a fresh sandbox, so it must start from a fresh store too (cursors, ledger). */
  private static void emptyFolder(Path folder) throws IOException {
    if (Files.exists(folder)) {
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(folder);
  }
}
