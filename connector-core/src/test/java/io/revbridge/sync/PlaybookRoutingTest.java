package io.revbridge.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.mapping.MappingLoader;
import io.revbridge.mapping.MappingSet;
import io.revbridge.mapping.MappingSource;
import io.revbridge.model.RecordRef;
import io.revbridge.routing.PlaybookFiles;
import io.revbridge.routing.RoutingPlaybook;
import io.revbridge.routing.RoutingPlaybookLoader;
import io.revbridge.scoring.LeadScorer;
import io.revbridge.store.AuditEntry;
import io.revbridge.store.Store;
import io.revbridge.store.StoreSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sync engine routing with the shipped playbook, as `run` does. */
class PlaybookRoutingTest {
  private static final MappingSet MAPPINGS = MappingLoader.load(MappingSource.folder(Path.of("..", "mappings")));
  private static final RoutingPlaybook PLAYBOOK =
      RoutingPlaybookLoader.load(PlaybookFiles.folder(Path.of("..", "mappings", "playbook")));

  @TempDir Path tmp;
  private Store store;
  private FakeCrm crm;

  @BeforeEach
  void setUp() {
    store = Store.open(StoreSettings.of("jdbc:h2:file:" + tmp.resolve("db")));
    crm = new FakeCrm("main");
    crm.addOwner("101", true);
    crm.addOwner("102", false);
    crm.addOwner("103", true);
    crm.put("companies", "c1", Map.of("name", "Acme", "numberofemployees", "120", "industry", "COMPUTER_SOFTWARE"));
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  private SyncEngine engine() {
    return new SyncEngine(store, MAPPINGS, LeadScorer.withDefaults(), PLAYBOOK,
        List.of(new EngineConnection("hubspot", List.of("contacts"), crm)), EngineSettings.defaults(),
        Clock.systemUTC(), line -> {});
  }

  private void hotContact(String id, String currentSolution) {
    Map<String, String> p = new HashMap<>(Map.of("email", id + "@acme.test", "firstname", "First" + id,
        "lastname", "Last" + id, "jobtitle", "VP Sales", "associatedcompanyid", "c1",
        "hs_analytics_last_url", "https://www.revbridge.test/pricing", "webinar_attended", "true", "active_project", "true"));
    if (currentSolution != null) {
      p.put("current_solution", currentSolution);
    }
    crm.put("contacts", id, p);
  }

  @Test
  void aCompetitorsUserGoesToTheCompetitiveTeamWithTheBattleCardAndTheReasonReachesTheCrm() {
    hotContact("p1", "Pipedrive");

    engine().syncOnce();

    assertThat(crm.get("contacts", "p1").field("hubspot_owner_id")).isEqualTo("101");
    assertThat(crm.get("contacts", "p1").field("revbridge_routing_reason"))
        .startsWith("Rule competitor, team competitive").contains("weighted round robin");
    assertThat(crm.tasks).anySatisfy(t -> {
      assertThat(t.ownerId()).isEqualTo("101");
      assertThat(t.subject()).isEqualTo("Competitive lead: uses Pipedrive (battle card inside)");
      assertThat(t.body()).startsWith("# Battle card: Pipedrive");
    });
    AuditEntry route = store.audit().forRecord(new RecordRef("main", "contacts", "p1")).stream()
        .filter(a -> a.stage().equals("route")).findFirst().orElseThrow();
    assertThat(route.decision()).isEqualTo("owner 101");
    assertThat(route.detailJson()).contains("\"rule\":\"competitor\"", "\"team\":\"competitive\"",
        "\"rulesEvaluated\"", "\"candidates\"", "\"person.currentSolution\":\"Pipedrive\"");
  }

  @Test
  void aPersonFromAnExistingCustomersDomainGoesToTheAccountOwnerAsExpansion() {
    crm.put("companies", "c9", Map.of("name", "Initech", "domain", "initech.test", "type", "Customer",
        "hubspot_owner_id", "103"));
    crm.put("contacts", "p5", new HashMap<>(Map.of("email", "pat@initech.test", "firstname", "Pat",
        "lastname", "Lee", "jobtitle", "Director of Operations")));

    engine().syncOnce();

    assertThat(crm.get("contacts", "p5").field("hubspot_owner_id")).isEqualTo("103");
    assertThat(crm.get("contacts", "p5").field("revbridge_routing_reason"))
        .startsWith("Rule existing-customer").contains("(expansion)").contains("account owner");
  }

  @Test
  void aCustomerAccountBeyondTheFirstPageStillMatchesWhenTheCrmHoldsItsBacklogBack() {
    for (int i = 0; i < FakeCrm.PAGE; i++) {
      crm.put("companies", "f" + i, Map.of("name", "Filler " + i, "domain", "filler" + i + ".test"));
    }
    crm.put("companies", "c9", Map.of("name", "Initech", "domain", "initech.test", "type", "Customer",
        "hubspot_owner_id", "103"));
    crm.put("contacts", "p5", new HashMap<>(Map.of("email", "pat@initech.test", "firstname", "Pat",
        "lastname", "Lee", "jobtitle", "Director of Operations")));
    crm.holdBackBacklog();

    engine().syncOnce();

    assertThat(crm.get("contacts", "p5").field("hubspot_owner_id")).isEqualTo("103");
    assertThat(crm.get("contacts", "p5").field("revbridge_routing_reason")).startsWith("Rule existing-customer");
  }

  @Test
  void aRecordProcessedAgainKeepsItsOwnerAndGetsTheBattleCardOnce() {
    hotContact("p1", "Pipedrive");
    SyncEngine engine = engine();
    engine.syncOnce();
    Map<String, String> edited = new HashMap<>(crm.get("contacts", "p1").fields());
    edited.put("jobtitle", "CEO");
    crm.put("contacts", "p1", edited);

    engine.syncOnce();

    assertThat(crm.tasks).filteredOn(t -> t.subject().startsWith("Competitive lead")).hasSize(1);
    assertThat(crm.get("contacts", "p1").field("revbridge_routing_reason")).startsWith("Rule competitor");
    assertThat(store.routing().fairness(Instant.EPOCH)).singleElement()
        .satisfies(r -> assertThat(r.assigned()).isEqualTo(1));
  }

  @Test
  void aLeadScoringOver80QueuesOneHotLeadNotificationForItsNewOwner() {
    hotContact("p1", null);
    SyncEngine engine = engine();

    engine.syncOnce();
    engine.syncOnce();

    assertThat(Integer.parseInt(crm.get("contacts", "p1").field("revbridge_score"))).isGreaterThan(80);
    assertThat(crm.get("contacts", "p1").field("revbridge_routing_reason")).startsWith("Rule hot-score")
        .endsWith("SLA 15 min");
    assertThat(store.notifications().countByStatus()).containsExactly(Map.entry("PENDING", 1L));
  }

  @Test
  void aDryRunTakesNoRoundRobinTurn() {
    hotContact("p1", null);
    hotContact("p2", null);

    engine().dryRun(plan -> {});

    assertThat(store.routing().fairness(Instant.EPOCH)).isEmpty();
    assertThat(crm.writesOf("hubspot_owner_id")).isZero();
  }
}
