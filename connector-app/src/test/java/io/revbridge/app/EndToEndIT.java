package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.sandbox.SandboxOptions;
import io.revbridge.sandbox.SandboxRecord;
import io.revbridge.sandbox.SandboxWrite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walking skeleton's promise, end to end: the real CLI and HubSpot adapter against the sandbox's
 * real wire format. One sandbox for the class; the tests run in order, as a user's passes would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndIT {
  private SandboxFixture fx;
  private List<SandboxRecord> unownedBefore;
  private List<String> owners;

  @BeforeAll
  void startSandbox(@TempDir Path folder) throws Exception {
    fx = new SandboxFixture(folder, SandboxOptions.defaults().withContacts(500));
    unownedBefore = fx.contactsInPollOrder().stream().filter(c -> c.get("hubspot_owner_id") == null).toList();
    owners = fx.ownerIds();
  }

  @AfterAll
  void stopSandbox() {
    fx.close();
  }

  @Test
  @Order(1)
  void dryRunShowsPlannedWritesAndWritesNothing() {
    Cli cli = fx.cli("sync", "--once", "--dry-run");

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cli.out().lines().findFirst()).get().asString().startsWith("RECORD").contains("CHANGE", "OLD", "NEW");
    assertThat(cli.out()).containsPattern("main/contacts/\\d+ +revbridge_score +\\(empty\\) +'\\d+'")
        .containsPattern("task for owner \\d+ +\\(none\\) +'Call hot lead");
    assertThat(cli.lastLine()).startsWith("dry run: 500 read, 500 scored, 500 records would be written");
    assertThat(fx.sandbox.writes()).isEmpty();
  }

  @Test
  @Order(1)
  void dryRunAsJsonShowsEachRecordsChangesAndTasksWithReasons() throws Exception {
    Cli cli = fx.cli("sync", "--once", "--dry-run", "--json");

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(cli.out());
    assertThat(json.at("/summary/read").asInt()).isEqualTo(500);
    assertThat(json.at("/records").size()).isEqualTo(500);
    var first = json.at("/records/0");
    assertThat(first.path("record").asText()).startsWith("main/contacts/");
    assertThat(first.path("fields").findValuesAsText("field")).contains("revbridge_score", "revbridge_grade");
    assertThat(json.findValues("tasks")).isNotEmpty().allSatisfy(tasks ->
        assertThat(tasks.get(0).path("reasons").asText()).isNotBlank());
    assertThat(fx.sandbox.writes()).isEmpty();
  }

  @Test
  @Order(2)
  void oneSyncScoresEverySeededContactInTheCrm() {
    Cli cli = fx.cli("sync", "--once");

    assertThat(cli.exitCode()).as(cli.out() + cli.err()).isZero();
    assertThat(cli.lastLine()).startsWith("sync ok: 500 read, 500 scored, 500 records written");
    assertThat(fx.contacts()).hasSize(500).allSatisfy(c -> {
      assertThat(Integer.parseInt(c.get("revbridge_score"))).isBetween(0, 100);
      assertThat(c.get("revbridge_grade")).isIn("HOT", "WARM", "COLD", "UNQUALIFIED");
      assertThat(c.get("revbridge_score_reasons")).startsWith("Score " + c.get("revbridge_score") + " (" + c.get("revbridge_grade") + ")")
          .contains("company fit: ");
      assertThat(c.get("revbridge_last_scored_at")).isNotBlank();
    });
    assertThat(fx.contacts().stream().map(c -> c.get("revbridge_grade")).collect(Collectors.toSet()))
        .as("the seeded data spreads over the grades").contains("HOT", "WARM", "COLD");
  }

  @Test
  @Order(3)
  void unownedLeadsWereRoutedByThePlaybookWithTheReasonInTheCrm() {
    assertThat(unownedBefore).isNotEmpty();
    java.util.Set<String> chosen = new java.util.HashSet<>();
    for (SandboxRecord before : unownedBefore) {
      Map<String, String> after = fx.sandbox.record("contacts", before.id());
      if ("UNQUALIFIED".equals(after.get("revbridge_grade"))) {
        assertThat(after.get("hubspot_owner_id")).as("marketing nurture keeps no owner").isNull();
        assertThat(after.get("revbridge_routing_reason")).contains("marketing nurture");
      } else {
        assertThat(after.get("hubspot_owner_id")).isIn(owners);
        assertThat(after.get("revbridge_routing_reason")).startsWith("Rule ");
        chosen.add(after.get("hubspot_owner_id"));
      }
    }
    assertThat(chosen).as("the round robin spreads leads over the owners").hasSizeGreaterThan(1);
  }

  @Test
  @Order(4)
  void everyHotLeadHasExactlyOneFollowUpTaskForItsOwner() {
    List<SandboxRecord> hot = fx.contacts().stream().filter(c -> "HOT".equals(c.get("revbridge_grade"))).toList();
    List<SandboxRecord> tasks = fx.sandbox.records("tasks").stream()
        .filter(t -> t.get("hs_task_subject").startsWith("Call hot lead")).toList(); // battle cards, sequences: own tests
    assertThat(hot).isNotEmpty();
    assertThat(tasks).hasSize(hot.size());
    for (SandboxRecord lead : hot) {
      List<SandboxRecord> its = tasks.stream()
          .filter(t -> t.associations().getOrDefault("contacts", List.of()).contains(lead.id())).toList();
      assertThat(its).singleElement().satisfies(t -> {
        assertThat(t.get("hubspot_owner_id")).isEqualTo(lead.get("hubspot_owner_id"));
        assertThat(t.get("hs_task_subject")).startsWith("Call hot lead");
      });
    }
  }

  @Test
  @Order(4)
  void competitorsUsersOwnersGetTheBattleCardOnce() {
    List<SandboxRecord> cards = fx.sandbox.records("tasks").stream()
        .filter(t -> t.get("hs_task_subject").startsWith("Competitive lead")).toList();
    assertThat(cards).isNotEmpty().allSatisfy(t -> {
      String contactId = t.associations().get("contacts").get(0);
      Map<String, String> contact = fx.sandbox.record("contacts", contactId);
      assertThat(contact.get("current_solution")).isIn("Pipedrive", "Zoho CRM");
      assertThat(t.get("hubspot_owner_id")).isEqualTo(contact.get("hubspot_owner_id"));
      assertThat(t.get("hs_task_body")).startsWith("# Battle card: " + contact.get("current_solution"));
    });
    assertThat(cards.stream().map(t -> t.associations().get("contacts").get(0)).distinct()).hasSize(cards.size());
  }

  @Test
  @Order(4)
  void coldLeadsRoutedToAnOwnerGotTheFirstColdOutreachStepAtOnce() {
    List<SandboxRecord> firstSteps = fx.sandbox.records("tasks").stream()
        .filter(t -> t.get("hs_task_subject").startsWith("Introduce yourself to")).toList();
    assertThat(firstSteps).isNotEmpty().allSatisfy(t -> {
      Map<String, String> contact = fx.sandbox.record("contacts", t.associations().get("contacts").get(0));
      assertThat(contact.get("revbridge_grade")).isEqualTo("COLD");
      assertThat(t.get("hubspot_owner_id")).isEqualTo(contact.get("hubspot_owner_id"));
      assertThat(t.get("hs_task_body")).startsWith("Hi ").doesNotContain("{{");
    });
  }

  @Test
  @Order(5)
  void aSecondSyncWritesNothing() {
    int writesBefore = fx.sandbox.writes().size();

    Cli cli = fx.cli("sync", "--once");

    assertThat(cli.exitCode()).as(cli.out() + cli.err()).isZero();
    assertThat(cli.lastLine()).contains("0 records written", "0 owners assigned", "0 tasks created");
    assertThat(fx.sandbox.writes()).hasSize(writesBefore);
  }

  @Test
  @Order(6)
  void afterFiveContactsChangeTheNextSyncWritesExactlyThoseFive() {
    List<String> changed = fx.contacts().stream()
        .filter(c -> !c.get("revbridge_score_reasons").contains("+25 decision maker"))
        .limit(5).map(SandboxRecord::id).toList();
    // enrichment reads the new title as a decision maker's, which the score's contact quality takes up
    changed.forEach(id -> fx.sandbox.edit("contacts", id, Map.of("jobtitle", "Chief Executive Officer")));
    int writesBefore = fx.sandbox.writes().size();

    Cli cli = fx.cli("sync", "--once");

    assertThat(cli.exitCode()).as(cli.out() + cli.err()).isZero();
    List<SandboxWrite> newWrites = fx.sandbox.writes().subList(writesBefore, fx.sandbox.writes().size());
    Set<String> contactWrites = newWrites.stream().filter(w -> w.objectType().equals("contacts"))
        .map(SandboxWrite::id).collect(Collectors.toSet());
    assertThat(contactWrites).containsExactlyInAnyOrderElementsOf(changed);
    assertThat(changed).allSatisfy(id ->
        assertThat(fx.sandbox.record("contacts", id).get("revbridge_score_reasons")).contains("+25 decision maker: title 'Chief Executive Officer'"));
  }

  @Test
  @Order(7)
  void checkReportsTheConnectionAndRevbridgeFieldsAsPresent() {
    Cli cli = fx.cli("check");

    assertThat(cli.exitCode()).as(cli.out() + cli.err()).isZero();
    assertThat(cli.out()).contains("connection main (hubspot)", "field contacts.revbridge_score exists");
    assertThat(cli.lastLine()).isEqualTo("check ok");
    assertThat(cli.out() + cli.err()).doesNotContain(fx.sandbox.accessToken());
  }
}
