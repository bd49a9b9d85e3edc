package io.revbridge.app;

import io.revbridge.config.ConfigLoader;
import io.revbridge.config.RevbridgeConfig;
import io.revbridge.sandbox.HubSpotSandbox;
import io.revbridge.sandbox.SalesforceSandbox;
import io.revbridge.sandbox.SandboxOptions;
import io.revbridge.sync.SyncReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(mixinStandardHelpOptions = true, name = "demo",
    description = "Start a CRM sandbox (HubSpot, Salesforce or both), run one full sync against it and show what "
        + "Revbridge wrote.")
final class DemoCommand implements Callable<Integer> {
  static final String TOKEN_VARIABLE = "REVBRIDGE_DEMO_TOKEN";
  static final String SALESFORCE_SECRET_VARIABLE = "REVBRIDGE_DEMO_SALESFORCE_SECRET";

  @ParentCommand RevbridgeMain main;
  @Spec CommandSpec spec;

  @Option(names = "--records", defaultValue = "500",
      description = "Contacts (HubSpot) or leads (Salesforce) to seed (default: ${DEFAULT-VALUE}).")
  int records;

  @Option(names = "--crm", defaultValue = "hubspot",
      description = "Which sandbox to sync: hubspot, salesforce or both (default: ${DEFAULT-VALUE}).")
  String crm;

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
    if (!List.of("hubspot", "salesforce", "both").contains(crm)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--crm must be hubspot, salesforce or both, not `" + crm + "`");
    }
    boolean withHubSpot = !crm.equals("salesforce");
    boolean withSalesforce = !crm.equals("hubspot");
    HubSpotSandbox sandbox = withHubSpot ? HubSpotSandbox.start(SandboxOptions.defaults().withContacts(records)) : null;
    SalesforceSandbox salesforce = withSalesforce
        ? SalesforceSandbox.start(SandboxOptions.defaults().withContacts(records)) : null;
    try {
      Map<String, String> env = new HashMap<>(main.env());
      if (sandbox != null) {
        out.println("sandbox: HubSpot fake at " + sandbox.baseUrl() + " seeded with " + records + " contacts");
        env.put(TOKEN_VARIABLE, sandbox.accessToken());
      }
      if (salesforce != null) {
        out.println("sandbox: Salesforce fake at " + salesforce.baseUrl() + " seeded with " + records + " leads and "
            + records / 2 + " contacts");
        env.put(SALESFORCE_SECRET_VARIABLE, SalesforceSandbox.CLIENT_SECRET);
      }
      if (sandbox != null && salesforce != null) {
        out.println("sandbox: " + DemoOverlap.seed(sandbox, salesforce) + " Salesforce contacts share an email with"
            + " a HubSpot contact, so the hand-off shows matching as well as creating");
      }
      emptyFolder(data);
      RevbridgeConfig cfg = ConfigLoader.fromYaml(demoYaml(sandbox, salesforce), "demo configuration (built in)",
          Path.of("."), env);
      Revbridge rb = Revbridge.assemble(cfg, out::println);
      SyncReport report;
      java.util.Optional<io.revbridge.handoff.HandoffRunner.Pass> handoff;
      try {
        report = rb.engine().syncOnce();
        handoff = rb.handoff().map(h -> h.runOnce());
      } catch (RuntimeException e) {
        rb.close();
        throw e;
      }
      long unscored = (sandbox == null ? 0 : DemoSummary.print(sandbox, out))
          + (salesforce == null ? 0 : SalesforceDemoSummary.print(salesforce, out));
      if (unscored > 0 || report.deadLetters() > 0 || report.retriesPending() > 0) {
        rb.close();
        out.println(Summary.sync(report));
        throw new CommandFailure("demo incomplete: " + unscored + " records without a score; see the lines above");
      }
      handoff.ifPresent(h -> HandoffDemoSummary.print(rb.store(), h, out));
      out.println(Summary.demo(report) + handoff.map(Summary::handoff).orElse(""));
      if (!serve) {
        rb.close();
        return RevbridgeMain.OK;
      }
      RunCommand.Service service = RunCommand.Service.start(rb, "127.0.0.1", port, out);
      out.println("serving: Revbridge http://127.0.0.1:" + service.port() + "/health (metrics at /metrics)"
          + (sandbox == null ? "" : ", HubSpot sandbox " + sandbox.baseUrl() + "/_sandbox/stats, token "
              + sandbox.accessToken())
          + (salesforce == null ? "" : ", Salesforce sandbox " + salesforce.baseUrl() + " (client id "
              + SalesforceSandbox.CLIENT_ID + ", org " + salesforce.organizationId() + ")")
          + "; Ctrl-C stops all");
      out.flush();
      service.awaitShutdown();
      return RevbridgeMain.OK;
    } finally {
      if (!serve) {
        if (sandbox != null) {
          sandbox.close();
        }
        if (salesforce != null) {
          salesforce.close();
        }
      }
    }
  }

  private String demoYaml(HubSpotSandbox hubspot, SalesforceSandbox salesforce) {
    String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("revbridge").toString().replace('\\', '/');
    List<String> lines = new ArrayList<>(List.of(
        "store:",
        "  url: " + url,
        "server:",
        "  port: " + port,
        "connections:"));
    if (hubspot != null) {
      lines.addAll(List.of(
          "  - name: demo",
          "    crm: hubspot",
          "    baseUrl: " + hubspot.baseUrl(),
          "    accessToken: ${" + TOKEN_VARIABLE + "}",
          "    objects: [contacts]"));
    }
    if (salesforce != null) {
      lines.addAll(List.of(
          "  - name: demo-salesforce",
          "    crm: salesforce",
          "    loginUrl: " + salesforce.baseUrl(),
          "    organizationId: " + salesforce.organizationId(),
          "    auth:",
          "      flow: client-credentials",
          "      clientId: " + SalesforceSandbox.CLIENT_ID,
          "      clientSecret: ${" + SALESFORCE_SECRET_VARIABLE + "}",
          "    objects: [Lead, Contact]"));
    }
    if (hubspot != null && salesforce != null) {
      lines.addAll(List.of(
          "handoff:",
          "  from: demo",
          "  to: demo-salesforce"));
    }
    lines.add("");
    return String.join("\n", lines);
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
