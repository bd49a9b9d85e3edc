package io.revbridge.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.mapping.MappingLoader;
import io.revbridge.mapping.MappingSet;
import io.revbridge.mapping.MappingSource;
import io.revbridge.model.ActivityDirection;
import io.revbridge.model.ActivityType;
import io.revbridge.model.RecordRef;
import io.revbridge.routing.PlaybookFiles;
import io.revbridge.routing.RoutingPlaybook;
import io.revbridge.routing.RoutingPlaybookLoader;
import io.revbridge.scoring.LeadScorer;
import io.revbridge.store.AuditEntry;
import io.revbridge.store.SlaStore;
import io.revbridge.store.SlaTimer;
import io.revbridge.store.Store;
import io.revbridge.store.StoreSettings;
import io.revbridge.testing.FakeClock;
import io.revbridge.testing.Folders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sla_escalation: [notify, reassign]}: a breached hot lead moves to the team's next available rep. */
class SlaReassignTest {
  private static final MappingSet MAPPINGS = MappingLoader.load(MappingSource.folder(Path.of("..", "mappings")));
  private static final RecordRef LEAD = new RecordRef("main", "contacts", "p1");

  @TempDir Path tmp;
  final FakeClock clock = new FakeClock(Instant.parse("2026-03-04T15:00:00Z"));
  Store store;
  FakeCrm crm;
  SyncEngine engine;
  SlaWatch watch;

  @BeforeEach
  void setUp() throws Exception {
    Path folder = Folders.copy(Path.of("..", "mappings", "playbook"), tmp.resolve("playbook"));
    Path routing = folder.resolve("routing.yaml");
    String text = Files.readString(routing);
    assertThat(text).contains("sla_escalation: [notify, task]");
    Files.writeString(routing, text.replace("sla_escalation: [notify, task]", "sla_escalation: [notify, reassign]"));
    RoutingPlaybook playbook = RoutingPlaybookLoader.load(PlaybookFiles.folder(folder));
    store = Store.open(StoreSettings.of("jdbc:h2:file:" + tmp.resolve("db")), clock);
    crm = new FakeCrm("main");
    crm.addOwner("101", true);
    crm.put("companies", "c1", Map.of("name", "Acme", "numberofemployees", "120", "industry", "COMPUTER_SOFTWARE"));
    engine = new SyncEngine(store, MAPPINGS, LeadScorer.withDefaults(), playbook,
        List.of(new EngineConnection("hubspot", List.of("contacts"), crm)), EngineSettings.defaults(), clock, l -> {});
    watch = new SlaWatch(store, playbook, clock);
    crm.put("contacts", "p1", new HashMap<>(Map.of("email", "p1@acme.test", "firstname", "Jo", "lastname", "Doe",
        "jobtitle", "VP Sales", "associatedcompanyid", "c1", "hs_lead_status", "NEW",
        "hs_analytics_last_url", "https://www.revbridge.test/pricing", "webinar_attended", "true",
        "active_project", "true")));
    engine.syncOnce(); // a hot lead: owner 101 (the only rep yet), 15-minute SLA
    assertThat(crm.get("contacts", "p1").field("hubspot_owner_id")).isEqualTo("101");
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  @Test
  void aBreachedLeadGoesToTheNextAvailableRepWithANewClockAndTheDecisionIsAudited() {
    crm.addOwner("102", true);
    crm.addOwner("103", false); // inactive: never chosen
    clock.advance(Duration.ofMinutes(16));

    assertThat(watch.check().breaches()).isEqualTo(1);
    engine.syncOnce();

    assertThat(crm.get("contacts", "p1").field("hubspot_owner_id")).isEqualTo("102");
    assertThat(crm.get("contacts", "p1").field("revbridge_routing_reason")).startsWith("Rule sla-escalation, team inside-sales");
    assertThat(store.slas().countByStatus()).containsEntry(SlaTimer.BREACHED, 1L).containsEntry(SlaTimer.OPEN, 1L);
    assertThat(store.slas().responses(Instant.EPOCH, 10)).extracting(SlaStore.Response::ownerId)
        .containsExactly("101", "102");
    AuditEntry decision = store.audit().latest(LEAD, 20).stream().filter(a -> a.stage().equals("route"))
        .findFirst().orElseThrow();
    assertThat(decision.decision()).isEqualTo("owner 102");
    assertThat(decision.detailJson()).contains("sla-escalation").contains("breached-sla");
    assertThat(store.slas().pendingReassignments(List.of(LEAD.key()))).isEmpty();

    // the new owner's call within the new SLA is its first touch; nothing is reassigned again
    clock.advance(Duration.ofMinutes(5));
    crm.logActivity(new io.revbridge.model.Activity(new RecordRef("main", "calls", "a1"), ActivityType.CALL, "102",
        List.of(LEAD), List.of(), clock.instant(), ActivityDirection.OUTBOUND, "COMPLETED", "call", true, false,
        clock.instant()));
    engine.syncOnce();
    clock.advance(Duration.ofMinutes(30));
    assertThat(watch.check().breaches()).isZero();
    assertThat(store.slas().countByStatus()).containsEntry(SlaTimer.TOUCHED, 1L);
  }

  @Test
  void whenNobodyElseIsAvailableTheLeadKeepsItsOwnerAndTheReasonSaysWhy() {
    crm.addOwner("102", false);
    clock.advance(Duration.ofMinutes(16));

    assertThat(watch.check().breaches()).isEqualTo(1);
    engine.syncOnce();

    assertThat(crm.get("contacts", "p1").field("hubspot_owner_id")).isEqualTo("101");
    AuditEntry decision = store.audit().latest(LEAD, 20).stream().filter(a -> a.stage().equals("route"))
        .findFirst().orElseThrow();
    assertThat(decision.detailJson()).contains("nobody else available in team");
    assertThat(store.slas().countByStatus()).containsExactly(Map.entry(SlaTimer.BREACHED, 1L));
    assertThat(store.slas().pendingReassignments(List.of(LEAD.key()))).isEmpty();
  }
}
