package io.revbridge.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.mapping.MappingLoader;
import io.revbridge.mapping.MappingSet;
import io.revbridge.mapping.MappingSource;
import io.revbridge.routing.PlaybookFiles;
import io.revbridge.routing.RoutingPlaybook;
import io.revbridge.routing.RoutingPlaybookLoader;
import io.revbridge.scoring.LeadScorer;
import io.revbridge.store.SequenceStepRow;
import io.revbridge.store.Store;
import io.revbridge.store.StoreSettings;
import io.revbridge.testing.FakeClock;
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

/** Follow-up sequences on a clock the test moves: steps on their days, never twice, stopped by a status change. */
class SequenceRunnerTest {
  private static final MappingSet MAPPINGS = MappingLoader.load(MappingSource.folder(Path.of("..", "mappings")));
  private static final RoutingPlaybook PLAYBOOK =
      RoutingPlaybookLoader.load(PlaybookFiles.folder(Path.of("..", "mappings", "playbook")));

  @TempDir Path tmp;
  final FakeClock clock = new FakeClock(Instant.parse("2026-03-04T15:00:00Z"));
  Store store;
  FakeCrm crm;
  SyncEngine engine;

  @BeforeEach
  void setUp() {
    store = Store.open(StoreSettings.of("jdbc:h2:file:" + tmp.resolve("db")), clock);
    crm = new FakeCrm("main");
    crm.addOwner("101", true);
    crm.put("companies", "c1", Map.of("name", "Acme", "numberofemployees", "120", "industry", "COMPUTER_SOFTWARE"));
    engine = engine();
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  private SyncEngine engine() {
    return new SyncEngine(store, MAPPINGS, LeadScorer.withDefaults(), PLAYBOOK,
        List.of(new EngineConnection("hubspot", List.of("contacts"), crm)), EngineSettings.defaults(), clock, l -> {});
  }

  private void contact(String status, String firstName) {
    Map<String, String> p = new HashMap<>(Map.of("email", "p1@acme.test", "lastname", "Doe", "jobtitle", "VP Sales",
        "associatedcompanyid", "c1", "hs_lead_status", status, "hubspot_owner_id", "101"));
    if (firstName != null) {
      p.put("firstname", firstName);
    }
    crm.put("contacts", "p1", p);
  }

  private List<String> sequenceTasks() {
    return crm.tasks.stream().filter(t -> t.idempotencyKey().startsWith("task:sequence:")).map(t -> t.subject()).toList();
  }

  @Test
  void aDemoNoShowGetsEachStepOnItsDayOnceEvenWithARestartedRunner() {
    contact("DEMO_NO_SHOW", "Jo");
    engine.syncOnce();

    new SequenceRunner(store, clock).runDue();
    engine.drain();
    clock.advance(Duration.ofDays(1));
    new SequenceRunner(store, clock).runDue();
    new SequenceRunner(store, clock).runDue(); // a second instance, or a restart
    engine.drain();

    assertThat(sequenceTasks()).containsExactly("Reschedule the demo with Jo", "Call Jo about the missed demo");
    assertThat(crm.tasks.get(crm.tasks.size() - 1).dueAt()).isEqualTo(Instant.parse("2026-03-05T15:00:00Z"));
    assertThat(store.sequences().countByStatus()).containsEntry(SequenceStepRow.DONE, 2L)
        .containsEntry(SequenceStepRow.PENDING, 3L);
  }

  @Test
  void aStatusChangeCancelsTheRemainingStepsWithTheReason() {
    contact("DEMO_NO_SHOW", "Jo");
    engine.syncOnce();
    new SequenceRunner(store, clock).runDue();
    clock.advance(Duration.ofHours(2));
    contact("CONNECTED", "Jo"); // the lead replied and a rep logged it
    engine.syncOnce();
    clock.advance(Duration.ofDays(30));

    assertThat(new SequenceRunner(store, clock).runDue()).isZero();
    assertThat(store.sequences().countByStatus()).containsEntry(SequenceStepRow.DONE, 1L)
        .containsEntry(SequenceStepRow.CANCELLED, 4L);
    assertThat(store.sequences().cancelReasons("main/contacts/p1")).containsExactly("status changed to 'CONNECTED'");
  }

  private void log(String id, io.revbridge.model.ActivityType type, io.revbridge.model.ActivityDirection direction,
      String subject) {
    crm.logActivity(new io.revbridge.model.Activity(new io.revbridge.model.RecordRef("main", "calls", id), type, "101",
        List.of(new io.revbridge.model.RecordRef("main", "contacts", "p1")), List.of(), clock.instant(), direction,
        null, subject, true, false, clock.instant()));
  }

  @Test
  void aLoggedReplyCancelsTheRemainingStepsAndAnOutboundEmailDoesNot() {
    contact("DEMO_NO_SHOW", "Jo");
    engine.syncOnce();
    new SequenceRunner(store, clock).runDue();
    clock.advance(Duration.ofDays(1));
    log("e1", io.revbridge.model.ActivityType.EMAIL, io.revbridge.model.ActivityDirection.OUTBOUND, "Missed you");
    engine.syncOnce();
    assertThat(new SequenceRunner(store, clock).runDue()).isEqualTo(1); // the call of day 1 still comes
    clock.advance(Duration.ofHours(3));
    log("e2", io.revbridge.model.ActivityType.EMAIL, io.revbridge.model.ActivityDirection.INBOUND, "Re: Missed you");
    engine.syncOnce();
    clock.advance(Duration.ofDays(30));

    assertThat(new SequenceRunner(store, clock).runDue()).isZero();
    assertThat(store.sequences().countByStatus()).containsEntry(SequenceStepRow.DONE, 2L)
        .containsEntry(SequenceStepRow.CANCELLED, 3L);
    assertThat(store.sequences().cancelReasons("main/contacts/p1"))
        .containsExactly("reply logged: email 'Re: Missed you' (calls e2)");
  }

  @Test
  void aMeetingLoggedOnThePersonCancelsTheRemainingSteps() {
    contact("DEMO_NO_SHOW", "Jo");
    engine.syncOnce();
    clock.advance(Duration.ofHours(5));
    log("m1", io.revbridge.model.ActivityType.MEETING, null, "Demo, second try");
    engine.syncOnce();
    clock.advance(Duration.ofDays(30));

    assertThat(new SequenceRunner(store, clock).runDue()).isZero();
    assertThat(store.sequences().cancelReasons("main/contacts/p1"))
        .containsExactly("meeting logged 'Demo, second try' (calls m1)");
  }

  @Test
  void anUnsubscribeCancelsTheRemainingStepsAndAnUnsubscribedLeadEntersNone() {
    contact("DEMO_NO_SHOW", "Jo");
    engine.syncOnce();
    new SequenceRunner(store, clock).runDue();
    clock.advance(Duration.ofHours(2));
    Map<String, String> optedOut = new HashMap<>(crm.get("contacts", "p1").fields());
    optedOut.put("hs_email_optout", "true");
    crm.put("contacts", "p1", optedOut);
    engine.syncOnce();
    Map<String, String> other = new HashMap<>(optedOut);
    other.put("email", "p2@acme.test");
    crm.put("contacts", "p2", other); // unsubscribed before it ever met a trigger
    engine.syncOnce();
    clock.advance(Duration.ofDays(30));

    assertThat(new SequenceRunner(store, clock).runDue()).isZero();
    assertThat(store.sequences().cancelReasons("main/contacts/p1")).containsExactly("unsubscribed (email opt-out)");
    assertThat(store.sequences().countByStatus()).containsEntry(SequenceStepRow.DONE, 1L)
        .containsEntry(SequenceStepRow.CANCELLED, 4L).doesNotContainEntry(SequenceStepRow.PENDING, 5L);
    assertThat(store.sequences().countByStatus().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(5);
  }

  @Test
  void aClosedDealStopsItsContactsSequence() {
    SyncEngine withDeals = new SyncEngine(store, MAPPINGS, LeadScorer.withDefaults(), PLAYBOOK,
        List.of(new EngineConnection("hubspot", List.of("contacts", "deals"), crm)), EngineSettings.defaults(), clock,
        l -> {});
    contact("PROPOSAL_SENT", "Jo");
    Map<String, String> deal = new HashMap<>(Map.of("dealname", "Acme - New business", "dealstage", "contractsent",
        "amount", "12000", "pipeline", "default", "closedate", "2026-03-08", "hubspot_owner_id", "101",
        "associations.contacts", "p1"));
    crm.put("deals", "d1", deal);
    withDeals.syncOnce();
    clock.advance(Duration.ofDays(4));
    assertThat(new SequenceRunner(store, clock).runDue()).isEqualTo(1); // the email of day 3
    deal.put("dealstage", "closedwon");
    crm.put("deals", "d1", deal);
    withDeals.syncOnce();
    clock.advance(Duration.ofDays(30));

    assertThat(new SequenceRunner(store, clock).runDue()).isZero();
    assertThat(store.sequences().cancelReasons("main/contacts/p1"))
        .containsExactly("deal 'Acme - New business' closed won");
  }

  @Test
  void anEmptyTokenFallsBackAndALeadEntersASequenceOnce() {
    contact("DEMO_NO_SHOW", null);
    engine.syncOnce();
    contact("DEMO_NO_SHOW", null);
    Map<String, String> edited = new HashMap<>(crm.get("contacts", "p1").fields());
    edited.put("jobtitle", "CEO");
    crm.put("contacts", "p1", edited);
    engine.syncOnce();
    new SequenceRunner(store, clock).runDue();
    engine.drain();

    assertThat(sequenceTasks()).containsExactly("Reschedule the demo with the contact");
    assertThat(crm.tasks).filteredOn(t -> t.idempotencyKey().startsWith("task:sequence:")).singleElement()
        .satisfies(t -> assertThat(t.body()).startsWith("Hi there, sorry we missed you").doesNotContain("{{"));
    assertThat(store.sequences().countByStatus().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(5);
  }

  @Test
  void aLeadWhoseMqlScoreCrossesTheThresholdEntersAnMqlTriggeredSequenceAndOthersDoNot() throws Exception {
    Path playbook = io.revbridge.testing.Folders.copy(Path.of("..", "mappings", "playbook"), tmp.resolve("playbook"));
    Path sequences = playbook.resolve("sequences.yaml");
    String text = java.nio.file.Files.readString(sequences);
    assertThat(text).contains("trigger: {lifecycle: marketingqualifiedlead}");
    java.nio.file.Files.writeString(sequences,
        text.replace("trigger: {lifecycle: marketingqualifiedlead}", "trigger: {mql: crossed}"));
    SyncEngine mqlEngine = new SyncEngine(store, MAPPINGS, LeadScorer.withDefaults(),
        RoutingPlaybookLoader.load(PlaybookFiles.folder(playbook)),
        List.of(new EngineConnection("hubspot", List.of("contacts"), crm)), EngineSettings.defaults(), clock, l -> {});
    Map<String, String> fit = Map.of("lastname", "Doe", "jobtitle", "VP Sales", "associatedcompanyid", "c1",
        "hubspot_owner_id", "101");
    Map<String, String> qualified = new HashMap<>(fit);
    qualified.putAll(Map.of("email", "mql@acme.test", "hs_analytics_last_url", "https://www.acme.test/pricing",
        "hs_analytics_num_visits", "12"));
    crm.put("contacts", "mql", qualified);
    Map<String, String> notYet = new HashMap<>(fit);
    notYet.put("email", "fit@acme.test");
    crm.put("contacts", "fit", notYet);

    mqlEngine.syncOnce();
    clock.advance(Duration.ofDays(2));
    new SequenceRunner(store, clock).runDue();
    mqlEngine.drain();

    assertThat(crm.get("contacts", "mql").field("revbridge_mql")).isEqualTo("true");
    assertThat(crm.get("contacts", "fit").field("revbridge_mql")).isEqualTo("false");
    assertThat(crm.tasks).filteredOn(t -> t.idempotencyKey().startsWith("task:sequence:"))
        .extracting(t -> t.about().id(), t -> t.subject())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("mql", "Welcome email to the contact"));
  }
}
