package io.revbridge.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.mapping.MappingLoader;
import io.revbridge.mapping.MappingSet;
import io.revbridge.mapping.MappingSource;
import io.revbridge.routing.PlaybookFiles;
import io.revbridge.routing.RoutingPlaybook;
import io.revbridge.routing.RoutingPlaybookLoader;
import io.revbridge.scoring.LeadScorer;
import io.revbridge.store.SlaTimer;
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

/** SLA clocks of routed leads, on a clock the test moves: reminders, first touch, breach and escalation. */
class SlaWatchTest {
  private static final MappingSet MAPPINGS = MappingLoader.load(MappingSource.folder(Path.of("..", "mappings")));
  private static final RoutingPlaybook PLAYBOOK =
      RoutingPlaybookLoader.load(PlaybookFiles.folder(Path.of("..", "mappings", "playbook")));

  @TempDir Path tmp;
  final FakeClock clock = new FakeClock(Instant.parse("2026-03-04T15:00:00Z"));
  Store store;
  FakeCrm crm;
  SyncEngine engine;
  SlaWatch watch;

  @BeforeEach
  void setUp() {
    store = Store.open(StoreSettings.of("jdbc:h2:file:" + tmp.resolve("db")), clock);
    crm = new FakeCrm("main");
    crm.addOwner("101", true);
    crm.put("companies", "c1", Map.of("name", "Acme", "numberofemployees", "120", "industry", "COMPUTER_SOFTWARE"));
    engine = new SyncEngine(store, MAPPINGS, LeadScorer.withDefaults(), PLAYBOOK,
        List.of(new EngineConnection("hubspot", List.of("contacts"), crm)), EngineSettings.defaults(), clock, l -> {});
    watch = new SlaWatch(store, PLAYBOOK, clock);
    crm.put("contacts", "p1", new HashMap<>(Map.of("email", "p1@acme.test", "firstname", "Jo", "lastname", "Doe",
        "jobtitle", "VP Sales", "associatedcompanyid", "c1", "hs_lead_status", "NEW", "hs_analytics_last_url", "https://www.revbridge.test/pricing",
        "webinar_attended", "true", "active_project", "true")));
    engine.syncOnce(); // a hot lead: owner 101, 15-minute SLA
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  private void edit(String field, String value) {
    Map<String, String> fields = new HashMap<>(crm.get("contacts", "p1").fields());
    fields.put(field, value);
    crm.put("contacts", "p1", fields);
  }

  @Test
  void anUntouchedHotLeadGetsAReminderThenItsBreachIsEscalatedOnce() {
    assertThat(store.slas().countByStatus()).containsExactly(Map.entry(SlaTimer.OPEN, 1L));

    clock.advance(Duration.ofMinutes(10));
    assertThat(watch.check()).isEqualTo(new SlaWatch.Result(0, 0));
    clock.advance(Duration.ofMinutes(2)); // 12 of 15 minutes: past the 75% reminder
    assertThat(watch.check()).isEqualTo(new SlaWatch.Result(1, 0));
    assertThat(watch.check()).isEqualTo(new SlaWatch.Result(0, 0));
    clock.advance(Duration.ofMinutes(4));
    assertThat(watch.check()).isEqualTo(new SlaWatch.Result(0, 1));
    assertThat(watch.check()).isEqualTo(new SlaWatch.Result(0, 0));
    engine.drain();

    assertThat(store.slas().countByStatus()).containsExactly(Map.entry(SlaTimer.BREACHED, 1L));
    assertThat(store.notifications().countByStatus()).containsEntry("PENDING", 3L); // hot lead, reminder, breach
    assertThat(crm.tasks).filteredOn(t -> t.subject().startsWith("SLA breached")).singleElement().satisfies(t -> {
      assertThat(t.ownerId()).isEqualTo("101");
      assertThat(t.body()).contains("first-touch SLA of 15 minutes");
    });
  }

  @Test
  void aStatusChangeBeforeTheDueTimeIsTheFirstTouchAndStopsTheClock() {
    clock.advance(Duration.ofMinutes(5));
    edit("hs_lead_status", "IN_PROGRESS");
    engine.syncOnce();
    clock.advance(Duration.ofMinutes(30));

    assertThat(watch.check()).isEqualTo(new SlaWatch.Result(0, 0));
    assertThat(store.slas().countByStatus()).containsExactly(Map.entry(SlaTimer.TOUCHED, 1L));
  }

  private void log(String id, io.revbridge.model.ActivityType type, String owner,
      io.revbridge.model.ActivityDirection direction, boolean byRevbridge) {
    crm.logActivity(new io.revbridge.model.Activity(new io.revbridge.model.RecordRef("main", "calls", id), type, owner,
        List.of(new io.revbridge.model.RecordRef("main", "contacts", "p1")), List.of(), clock.instant(), direction,
        null, "first call", true, byRevbridge, clock.instant()));
  }

  @Test
  void theOwnersLoggedCallIsTheFirstTouchAndItsResponseTimeIsKept() {
    clock.advance(Duration.ofMinutes(7));
    log("a1", io.revbridge.model.ActivityType.CALL, "101", io.revbridge.model.ActivityDirection.OUTBOUND, false);
    engine.syncOnce();
    clock.advance(Duration.ofMinutes(30));

    assertThat(watch.check()).isEqualTo(new SlaWatch.Result(0, 0));
    assertThat(store.slas().countByStatus()).containsExactly(Map.entry(SlaTimer.TOUCHED, 1L));
    assertThat(store.slas().responses(Instant.EPOCH, 10)).singleElement().satisfies(r -> {
      assertThat(r.touchKind()).isEqualTo("call");
      assertThat(Duration.between(r.startedAt(), r.respondedAt())).isEqualTo(Duration.ofMinutes(7));
    });
    assertThat(store.activities().forPerson(new io.revbridge.model.RecordRef("main", "contacts", "p1")))
        .extracting(ActivityRowType::of).containsExactly("CALL by 101");
  }

  /** Compact view of a stored activity for assertions. */
  private static final class ActivityRowType {
    static String of(io.revbridge.store.ActivityStore.Row r) {
      return r.type() + " by " + r.ownerId();
    }
  }

  @Test
  void neitherAnotherRepsCallNorAReplyNorRevbridgesOwnTaskIsATouchSoTheLeadBreaches() {
    crm.addOwner("102", true);
    clock.advance(Duration.ofMinutes(3));
    log("a1", io.revbridge.model.ActivityType.CALL, "102", io.revbridge.model.ActivityDirection.OUTBOUND, false);
    log("a2", io.revbridge.model.ActivityType.EMAIL, "101", io.revbridge.model.ActivityDirection.INBOUND, false);
    log("a3", io.revbridge.model.ActivityType.TASK, "101", null, true);
    engine.syncOnce();
    clock.advance(Duration.ofMinutes(13));

    assertThat(watch.check()).isEqualTo(new SlaWatch.Result(0, 1));
    assertThat(store.slas().countByStatus()).containsExactly(Map.entry(SlaTimer.BREACHED, 1L));
    assertThat(store.activities().forPerson(new io.revbridge.model.RecordRef("main", "contacts", "p1"))).hasSize(3);

    clock.advance(Duration.ofMinutes(5)); // the owner calls late: the breach stands, the response time is kept
    log("a4", io.revbridge.model.ActivityType.CALL, "101", io.revbridge.model.ActivityDirection.OUTBOUND, false);
    engine.syncOnce();
    assertThat(store.slas().countByStatus()).containsExactly(Map.entry(SlaTimer.BREACHED, 1L));
    assertThat(store.slas().responses(Instant.EPOCH, 10)).singleElement().satisfies(r ->
        assertThat(Duration.between(r.startedAt(), r.respondedAt())).isEqualTo(Duration.ofMinutes(21)));
  }

  @Test
  void aPersonGivingTheLeadAnotherOwnerStopsTheClock() {
    crm.addOwner("102", true);
    edit("hubspot_owner_id", "102");
    engine.syncOnce();
    clock.advance(Duration.ofMinutes(30));

    assertThat(watch.check()).isEqualTo(new SlaWatch.Result(0, 0));
    assertThat(store.slas().countByStatus()).containsExactly(Map.entry(SlaTimer.STOPPED, 1L));
  }
}
