package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.sandbox.SalesforceSandbox;
import io.revbridge.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The real CLI and Salesforce adapter (OAuth + partner SOAP) against the Salesforce sandbox. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SalesforceEndToEndIT {
  private static final String SECRET_VAR = "SF_TEST_CLIENT_SECRET";

  private final SteppingClock clock = new SteppingClock(java.time.Instant.now());
  private SalesforceSandbox sandbox;
  private Path config;

  @BeforeAll
  void start(@TempDir Path folder) throws Exception {
    sandbox = SalesforceSandbox.start(SandboxOptions.defaults().withContacts(100).withClock(clock));
    config = folder.resolve("revbridge.yaml");
    Files.writeString(config, String.join("\n",
        "store:",
        "  url: jdbc:h2:file:" + folder.resolve("store").toAbsolutePath().toString().replace('\\', '/'),
        "connections:",
        "  - name: sf",
        "    crm: salesforce",
        "    loginUrl: " + sandbox.baseUrl(),
        "    organizationId: " + sandbox.organizationId(),
        "    queryBatchSize: 200",
        "    auth:",
        "      flow: client-credentials",
        "      clientId: " + SalesforceSandbox.CLIENT_ID,
        "      clientSecret: ${" + SECRET_VAR + "}",
        "    objects: [Lead, Contact]",
        ""));
  }

  @AfterAll
  void stop() {
    sandbox.close();
  }

  @Test
  @Order(1)
  void checkPassesEveryStep() {
    Cli cli = cli("check");

    assertThat(cli.exitCode()).as(cli.out() + cli.err()).isZero();
    assertThat(cli.out()).contains("OAuth token", "read Lead", "read Contact");
  }

  @Test
  @Order(2)
  void oneSyncScoresEveryLeadAndContactInSalesforce() {
    Cli cli = cli("sync", "--once");

    assertThat(cli.exitCode()).as(cli.out() + cli.err()).isZero();
    assertThat(cli.lastLine()).startsWith("sync ok: 150 read, 150 scored, 150 records written");
    for (String object : List.of("Lead", "Contact")) {
      assertThat(sandbox.records(object)).allSatisfy(r -> {
        assertThat(Integer.parseInt(r.get("Revbridge_Score__c"))).isBetween(0, 100);
        assertThat(r.get("Revbridge_Grade__c")).isIn("HOT", "WARM", "COLD", "UNQUALIFIED");
        assertThat(r.get("Revbridge_Score_Reasons__c")).contains("Company fit");
        assertThat(r.get("Revbridge_Last_Scored_At__c")).isNotBlank();
        if (!"UNQUALIFIED".equals(r.get("Revbridge_Grade__c"))) {
          assertThat(r.get("OwnerId")).as("every qualified lead has an owner now").isNotBlank();
        }
      });
    }
    // the seeded leads' intent fields (lead.yaml's examples) make some of them hot, and hot leads get a task
    List<String> hot = sandbox.records("Lead").stream().filter(r -> "HOT".equals(r.get("Revbridge_Grade__c")))
        .map(r -> r.get("Id")).toList();
    assertThat(hot).isNotEmpty();
    assertThat(sandbox.records("Lead")).anySatisfy(r -> assertThat(r.get("Revbridge_Score_Reasons__c"))
        .contains("website visits"));
    assertThat(sandbox.records("Task")).filteredOn(t -> t.get("Subject").startsWith("Call hot lead"))
        .extracting(t -> t.get("WhoId")).containsExactlyInAnyOrderElementsOf(hot); // battle cards, sequences: apart
  }

  @Test
  @Order(3)
  void secondSyncAfterAnEditAndAnExpiredSessionWritesOnlyTheEditedLead() {
    Map<String, String> lead = sandbox.records("Lead").get(0);
    int writesBefore = sandbox.writes().size();
    sandbox.edit("Lead", lead.get("Id"), Map.of("Title", "Chief Executive Officer", "NumberOfEmployees", "900"));
    sandbox.expireSessions();
    clock.advance(java.time.Duration.ofSeconds(10)); // polls read up to the server's time minus a few seconds

    Cli cli = cli("sync", "--once");

    assertThat(cli.exitCode()).as(cli.out() + cli.err()).isZero();
    // the first pass's own writes moved every SystemModstamp, so all come back once: the ledger keeps them quiet
    assertThat(cli.lastLine()).contains(", 1 records written");
    assertThat(sandbox.writes().subList(writesBefore, sandbox.writes().size()))
        .allSatisfy(w -> assertThat(w.get("_id")).isEqualTo(lead.get("Id")));
  }

  @Test
  @Order(4)
  void aTaskCreatedTwiceWithOneSubjectExistsOnceInSalesforce() {
    Map<String, String> lead = sandbox.records("Lead").get(1);
    var settings = io.revbridge.config.ConfigLoader.load(config, Map.of(SECRET_VAR, SalesforceSandbox.CLIENT_SECRET));
    var connections = OpenConnections.open(settings);
    var task = new io.revbridge.spi.TaskSpec("t-1", new io.revbridge.model.RecordRef("sf", "Lead", lead.get("Id")),
        lead.get("OwnerId"), "Call " + lead.get("FirstName"), "Hot lead", java.time.Instant.parse("2026-03-02T17:00:00Z"),
        io.revbridge.model.TaskPriority.HIGH, io.revbridge.model.TaskType.CALL);

    var first = connections.get("sf").writer().createTasks(List.of(task));
    var retry = connections.get("sf").writer().createTasks(List.of(task));
    connections.close();

    assertThat(first.get(0).succeeded()).as(first.toString()).isTrue();
    assertThat(retry.get(0).ref()).isEqualTo(first.get(0).ref());
    // the sync passes before created tasks for the seeded hot leads; this one is about its own subject
    assertThat(sandbox.records("Task")).filteredOn(t -> task.subject().equals(t.get("Subject"))).singleElement()
        .satisfies(t -> {
          assertThat(t.get("WhoId")).isEqualTo(lead.get("Id"));
          assertThat(t.get("Subject")).isEqualTo("Call " + lead.get("FirstName"));
          assertThat(t.get("Priority")).isEqualTo("High");
          assertThat(t.get("Status")).isEqualTo("Not Started");
          assertThat(t.get("ActivityDate")).isEqualTo("2026-03-02");
        });
  }

  @Test
  @Order(5)
  void aboveTheUsageShareWritesGoOnAndCheckShowsTheUsage() {
    sandbox.setApiRequestsUsed(90_000); // other integrations used 90% of today's 100,000 requests
    Map<String, String> lead = sandbox.records("Lead").get(2);
    int writesBefore = sandbox.writes().size();
    sandbox.edit("Lead", lead.get("Id"), Map.of("Title", "Intern", "NumberOfEmployees", "3"));
    clock.advance(java.time.Duration.ofSeconds(10)); // polls read up to the server's time minus a few seconds

    Cli sync = cli("sync", "--once");
    Cli check = cli("check");

    assertThat(sync.exitCode()).as(sync.out() + sync.err()).isZero();
    assertThat(sandbox.writes().subList(writesBefore, sandbox.writes().size()))
        .anySatisfy(w -> assertThat(w.get("_id")).isEqualTo(lead.get("Id")));
    assertThat(check.out()).contains("API usage").containsPattern("90,0\\d\\d of 100,000 daily API requests used")
        .contains("holding back backlog reads and roster refreshes, writes go on");
  }

  @Test
  @Order(6)
  void aUsedUpDailyLimitPausesTheConnectionInsteadOfCallingAgain() {
    sandbox.setDailyApiLimit(sandbox.apiRequestsUsedToday()); // the next call is one too many

    Cli first = cli("sync", "--once");
    long callsAfterFirst = sandbox.apiRequests();
    Cli second = cli("sync", "--once");

    assertThat(first.out()).contains("sf: paused until").contains("REQUEST_LIMIT_EXCEEDED");
    assertThat(second.out()).contains("sf: skipped, paused until");
    assertThat(sandbox.apiRequests()).isEqualTo(callsAfterFirst);
  }

  private Cli cli(String... args) {
    String[] withConfig = Stream.concat(Stream.of(args), Stream.of("--config", config.toString()))
        .toArray(String[]::new);
    return Cli.run(Map.of(SECRET_VAR, SalesforceSandbox.CLIENT_SECRET), withConfig);
  }
}
