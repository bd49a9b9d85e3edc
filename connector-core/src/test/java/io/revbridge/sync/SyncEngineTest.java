package io.revbridge.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.mapping.MappingLoader;
import io.revbridge.mapping.MappingSet;
import io.revbridge.mapping.MappingSource;
import io.revbridge.model.RecordRef;
import io.revbridge.scoring.LeadScorer;
import io.revbridge.spi.Change;
import io.revbridge.spi.ChangeKind;
import io.revbridge.store.Store;
import io.revbridge.store.StoreSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncEngineTest {
  private static final MappingSet MAPPINGS = MappingLoader.load(MappingSource.folder(Path.of("..", "mappings")));

  @TempDir Path tmp;
  private Store store;
  private FakeCrm crm;
  private final List<String> progress = new ArrayList<>();

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
    return engine(MAPPINGS);
  }

  private SyncEngine engine(MappingSet mappings) {
    return new SyncEngine(store, mappings, LeadScorer.withDefaults(),
        List.of(new EngineConnection("hubspot", List.of("contacts"), crm)), EngineSettings.defaults(),
        Clock.systemUTC(), progress::add);
  }

  private void contact(String id, String title, String owner, boolean hot) {
    Map<String, String> p = new HashMap<>(Map.of("email", id + "@acme.test", "firstname", "First" + id,
        "lastname", "Last" + id, "jobtitle", title, "associatedcompanyid", "c1"));
    if (owner != null) {
      p.put("hubspot_owner_id", owner);
    }
    if (hot) {
      p.putAll(Map.of("hs_analytics_last_url", "https://www.revbridge.test/pricing", "webinar_attended", "true", "active_project", "true"));
    }
    crm.put("contacts", id, p);
  }

  @Test
  void everyPersonGetsScoreGradeAndReasonsWrittenBack() {
    for (int i = 1; i <= 120; i++) {
      contact("p" + i, i % 2 == 0 ? "VP Sales" : "Intern", "101", false);
    }

    SyncReport report = engine().syncOnce();

    assertThat(report.read()).isEqualTo(120);
    assertThat(report.scored()).isEqualTo(120);
    assertThat(report.recordsWritten()).isEqualTo(120);
    assertThat(crm.records.get("contacts").values()).allSatisfy(r -> {
      assertThat(r.field("revbridge_score")).isNotBlank();
      assertThat(r.field("revbridge_grade")).isIn("HOT", "WARM", "COLD", "UNQUALIFIED");
      assertThat(r.field("revbridge_score_reasons")).startsWith("Score " + r.field("revbridge_score") + " (")
          .contains("company fit: ", "title '", "intent", "timing signal");
      assertThat(r.field("revbridge_last_scored_at")).isNotBlank();
    });
    assertThat(crm.fields).contains("revbridge_score", "revbridge_grade", "revbridge_score_reasons");
  }

  @Test
  void secondPassOverUnchangedRecordsWritesNothing() {
    for (int i = 1; i <= 10; i++) {
      contact("p" + i, "Director of IT", null, i <= 3);
    }
    SyncEngine engine = engine();
    engine.syncOnce();
    int callsAfterFirst = crm.updateCalls.size();
    int tasksAfterFirst = crm.tasks.size();

    SyncReport second = engine.syncOnce();

    assertThat(second.recordsWritten()).isZero();
    assertThat(crm.updateCalls).hasSize(callsAfterFirst);
    assertThat(crm.tasks).hasSize(tasksAfterFirst);
  }

  @Test
  void onlyRecordsWhoseScoreChangesAreWrittenAgain() {
    for (int i = 1; i <= 10; i++) {
      contact("p" + i, "Intern", "101", false);
    }
    SyncEngine engine = engine();
    engine.syncOnce();
    int before = crm.writesOf("revbridge_score");
    for (String id : List.of("p2", "p5")) {
      Map<String, String> edited = new HashMap<>(crm.get("contacts", id).fields());
      edited.put("active_project", "true"); // a signal scoring reads without enrichment
      crm.put("contacts", id, edited);
    }

    SyncReport report = engine.syncOnce();

    assertThat(report.recordsWritten()).isEqualTo(2);
    assertThat(crm.writesOf("revbridge_score")).isEqualTo(before + 2);
    assertThat(crm.updateCalls.get(crm.updateCalls.size() - 1)).extracting(w -> w.ref().id())
        .containsExactlyInAnyOrder("p2", "p5");
  }

  @Test
  void revbridgesOwnWritesComingBackAreNeitherScoredNorJoinedAgain() {
    for (int i = 1; i <= 10; i++) {
      contact("p" + i, "Engineer", null, false);
    }
    SyncEngine engine = engine();
    engine.syncOnce();
    int companyReads = crm.readCalls.getOrDefault("companies", 0);

    SyncReport echo = engine.syncOnce();

    assertThat(echo.read()).as("the echoes are polled").isEqualTo(10);
    assertThat(echo.scored()).isZero();
    assertThat(crm.readCalls.getOrDefault("companies", 0)).isEqualTo(companyReads);
  }

  @Test
  void aChangedTransformArgumentInTheMappingMakesEveryRecordCountAsChanged() throws Exception {
    for (int i = 1; i <= 10; i++) {
      contact("p" + i, "Engineer", null, false);
    }
    engine().syncOnce();
    Path folder = tmp.resolve("mappings");
    io.revbridge.testing.Folders.copy(Path.of("..", "mappings"), folder);
    Path contacts = folder.resolve("hubspot").resolve("contacts.yaml");
    String text = java.nio.file.Files.readString(contacts);
    assertThat(text).contains("contains: /pricing");
    java.nio.file.Files.writeString(contacts, text.replace("contains: /pricing", "contains: /pricing/"));

    SyncReport echo = engine(MappingLoader.load(MappingSource.folder(folder))).syncOnce();

    assertThat(echo.scored()).as("same field names, another transform argument: not an echo").isEqualTo(10);
  }

  @Test
  void aPersonEditingARevbridgeFieldIsAChangeAndTheValueIsWrittenAgain() {
    contact("p1", "Engineer", "101", false);
    SyncEngine engine = engine();
    engine.syncOnce();
    String score = crm.get("contacts", "p1").field("revbridge_score");
    Map<String, String> edited = new HashMap<>(crm.get("contacts", "p1").fields());
    edited.put("revbridge_score", "99");
    crm.put("contacts", "p1", edited);

    SyncReport report = engine.syncOnce();

    assertThat(report.scored()).isEqualTo(1);
    assertThat(crm.get("contacts", "p1").field("revbridge_score")).isEqualTo(score);
  }

  @Test
  void unownedLeadsGetActiveOwnersInTurnAndOwnedOnesKeepTheirs() {
    contact("p1", "Engineer", null, false);
    contact("p2", "Engineer", "999", false);
    contact("p3", "Engineer", null, false);
    contact("p4", "Engineer", null, false);

    SyncReport report = engine().syncOnce();

    assertThat(report.ownersAssigned()).isEqualTo(3);
    assertThat(crm.get("contacts", "p1").field("hubspot_owner_id")).isEqualTo("101");
    assertThat(crm.get("contacts", "p2").field("hubspot_owner_id")).isEqualTo("999");
    assertThat(crm.get("contacts", "p3").field("hubspot_owner_id")).isEqualTo("103");
    assertThat(crm.get("contacts", "p4").field("hubspot_owner_id")).isEqualTo("101");
    assertThat(store.audit().forRecord(new RecordRef("main", "contacts", "p3")))
        .anySatisfy(a -> assertThat(a.decision()).isEqualTo("owner 103"));
  }

  @Test
  void theTurnContinuesAcrossRuns() {
    contact("p1", "Engineer", null, false);
    engine().syncOnce();
    contact("p2", "Engineer", null, false);

    engine().syncOnce();

    assertThat(crm.get("contacts", "p2").field("hubspot_owner_id")).isEqualTo("103");
  }

  @Test
  void hotLeadGetsOneFollowUpTaskForItsOwnerHoweverOftenItIsScored() {
    contact("p1", "VP Sales", null, true);
    SyncEngine engine = engine();
    engine.syncOnce();
    Map<String, String> edited = new HashMap<>(crm.get("contacts", "p1").fields());
    edited.put("budget_cycle", "true");
    edited.put("jobtitle", "CEO");
    crm.put("contacts", "p1", edited);

    engine.syncOnce();

    assertThat(crm.tasks).singleElement().satisfies(t -> {
      assertThat(t.ownerId()).isEqualTo("101");
      assertThat(t.about()).isEqualTo(new RecordRef("main", "contacts", "p1"));
      assertThat(t.subject()).contains("Call hot lead Firstp1 Lastp1");
      assertThat(t.body()).contains("+25 company fit: ");
    });
  }

  @Test
  void aRejectedWriteIsDeadLetteredAndTheRestOfTheBatchLands() {
    for (int i = 1; i <= 5; i++) {
      contact("p" + i, "Manager", "101", false);
    }
    crm.rejectWritesTo.add("p3");

    SyncReport report = engine().syncOnce();

    assertThat(report.recordsWritten()).isEqualTo(4);
    assertThat(report.deadLetters()).isEqualTo(1);
    assertThat(crm.get("contacts", "p3").field("revbridge_score")).isNull();
    assertThat(crm.get("contacts", "p4").field("revbridge_score")).isNotNull();
    assertThat(store.deadLetters().list(10)).singleElement().satisfies(d -> {
      assertThat(d.recordId()).isEqualTo("p3");
      assertThat(d.stage()).isEqualTo("write");
      assertThat(d.errorCode()).isEqualTo("INVALID_OPTION");
      assertThat(d.message()).contains("allowed options");
      assertThat(d.payload()).contains("revbridge_score");
    });
  }

  @Test
  void aRecordThatCannotBeMappedIsDeadLetteredWithFieldAndValue() {
    contact("p1", "Manager", "101", false);
    crm.put("contacts", "p2", Map.of("email", "x@acme.test", "hs_analytics_num_visits", "lots"));

    SyncReport report = engine().syncOnce();

    assertThat(report.deadLetters()).isEqualTo(1);
    assertThat(crm.get("contacts", "p1").field("revbridge_score")).isNotNull();
    assertThat(store.deadLetters().list(10)).singleElement().satisfies(d -> {
      assertThat(d.stage()).isEqualTo("map");
      assertThat(d.message()).contains("hs_analytics_num_visits", "lots");
    });
  }

  @Test
  void dryRunShowsThePlanAndChangesNothing() {
    contact("p1", "VP Sales", null, true);
    contact("p2", "Engineer", null, false);
    List<BatchPlan> plans = new ArrayList<>();

    SyncReport report = engine().dryRun(plans::add);

    assertThat(report.plannedWrites()).isEqualTo(2);
    assertThat(report.plannedTasks()).isEqualTo(1);
    assertThat(plans).flatMap(BatchPlan::updates).extracting(u -> u.write().values().get("hubspot_owner_id"))
        .containsExactly("101", "103");
    assertThat(crm.updateCalls).isEmpty();
    assertThat(crm.tasks).isEmpty();
    assertThat(store.cursors().get("main", "contacts")).isEmpty();
    assertThat(store.outbox().countByStatus().values().stream().mapToLong(Long::longValue).sum()).isZero();
    assertThat(store.state().get("roundrobin:main")).isEmpty();
  }

  @Test
  void webhookChangesAreDeduplicatedReadAndProcessed() {
    contact("p1", "Manager", "101", false);
    Change event = new Change(new RecordRef("main", "contacts", "p1"), ChangeKind.UPSERT, Instant.now(),
        "hubspot:1:2:3:p1:1", Optional.empty());
    SyncEngine engine = engine();

    int first = engine.ingest(List.of(event));
    int again = engine.ingest(List.of(event));
    engine.processPending();
    engine.drain();

    assertThat(first).isEqualTo(1);
    assertThat(again).isZero();
    assertThat(crm.get("contacts", "p1").field("revbridge_score")).isNotNull();
    assertThat(crm.updateCalls).hasSize(1);
  }

  @Test
  void processingTakesOnlyWhatWasWaitingSoWritesAreNotHeldBackByAStreamOfWebhooks() {
    contact("p1", "Manager", "101", false);
    contact("p2", "Manager", "101", false);
    SyncEngine engine = engine();
    engine.ingest(List.of(webhook("p1", "e1")));
    crm.onRead = () -> engine.ingest(List.of(webhook("p2", "e2")));

    engine.processPending();

    assertThat(store.inbox().countByStatus().get("PENDING")).isEqualTo(1L);
    engine.drain();
    assertThat(crm.get("contacts", "p1").field("revbridge_score")).isNotNull();
  }

  private static Change webhook(String id, String key) {
    return new Change(new RecordRef("main", "contacts", id), ChangeKind.UPSERT, Instant.now(), key, Optional.empty());
  }

  @Test
  void reprocessingTheSameVersionAfterACrashQueuesNoSecondWrite() {
    contact("p1", "VP Sales", null, true);
    Change polled = Change.polled(crm.get("contacts", "p1"));
    SyncEngine engine = engine();
    engine.ingest(List.of(polled));
    engine.processPending();
    // a crash before the inbox entry was marked done: the same version arrives again under a new event key
    engine.ingest(List.of(new Change(polled.ref(), polled.kind(), polled.occurredAt(), "replayed", polled.record())));
    engine.processPending();

    engine.drain();

    assertThat(crm.updateCalls).hasSize(1);
    assertThat(crm.tasks).hasSize(1);
  }

  private Change deletionWebhook(String id, Instant at) {
    return new Change(new RecordRef("main", "contacts", id), ChangeKind.DELETE, at, "hook:del:" + id + "@" + at,
        Optional.empty());
  }

  @Test
  void aDeletedRecordIsNeverWrittenAndItsQueuedWritesAreSkippedNotDeadLettered() {
    contact("p1", "Chief Executive Officer", "101", true);
    contact("p2", "Intern", "101", false);
    SyncEngine engine = engine();
    engine.ingest(List.of(Change.polled(crm.get("contacts", "p1")), Change.polled(crm.get("contacts", "p2"))));
    engine.processPending();
    long queued = store.outbox().countByStatus().get("PENDING");

    engine.ingest(List.of(deletionWebhook("p1", Instant.now())));
    engine.processPending();
    engine.drain();

    assertThat(queued).as("a field write for each, and a task for the hot lead").isEqualTo(3);
    assertThat(crm.updateCalls).flatExtracting(c -> c).extracting(w -> w.ref().id()).containsExactly("p2");
    assertThat(crm.tasks).isEmpty();
    assertThat(store.outbox().countByStatus()).containsEntry("SKIPPED", 2L).containsEntry("DONE", 1L)
        .containsEntry("DEAD", 0L);
    assertThat(store.deadLetters().count()).isZero();
    assertThat(store.deletions().isDeleted(new RecordRef("main", "contacts", "p1"))).isTrue();
  }

  @Test
  void theCrmsListOfArchivedRecordsMarksThemDeletedBeforeAnythingIsWritten() {
    contact("p1", "Intern", "101", false);
    contact("p2", "Intern", "101", false);
    SyncEngine engine = engine();
    engine.ingest(List.of(Change.polled(crm.get("contacts", "p1")), Change.polled(crm.get("contacts", "p2"))));
    engine.processPending();
    crm.archive("contacts", "p1");

    engine.syncOnce();

    assertThat(store.deletions().isDeleted(new RecordRef("main", "contacts", "p1"))).isTrue();
    assertThat(crm.updateCalls).flatExtracting(c -> c).extracting(w -> w.ref().id()).containsExactly("p2");
    assertThat(store.outbox().countByStatus()).containsEntry("SKIPPED", 1L);
    assertThat(progress).contains("main contacts: 1 newly deleted records found");
  }

  @Test
  void aRecordRestoredAfterItsDeletionIsWrittenAgainButALateOlderEventIsNot() {
    contact("p1", "Intern", "101", false);
    SyncEngine engine = engine();
    Instant deletedAt = Instant.parse("2026-02-01T10:00:00Z");
    RecordRef p1 = new RecordRef("main", "contacts", "p1");
    engine.ingest(List.of(deletionWebhook("p1", deletedAt)));
    engine.processPending();

    engine.ingest(List.of(new Change(p1, ChangeKind.UPSERT, deletedAt.minusSeconds(60), "hook:late", Optional.empty())));
    engine.processPending();
    engine.drain();
    assertThat(crm.updateCalls).isEmpty();

    engine.ingest(List.of(new Change(p1, ChangeKind.UPSERT, deletedAt.plusSeconds(60), "hook:restore", Optional.empty())));
    engine.processPending();
    engine.drain();
    assertThat(store.deletions().isDeleted(p1)).isFalse();
    assertThat(crm.updateCalls).flatExtracting(c -> c).extracting(w -> w.ref().id()).containsExactly("p1");
  }

  @Test
  void aDailyLimitPausesTheConnectionUntilTheWaitIsOverAndThenItResumes() {
    contact("p1", "Intern", "101", false);
    // The store stamps queued writes with the real clock, so the engine's clock starts at real now.
    Instant start = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    Instant until = start.plusSeconds(3600);
    MutableClock clock = new MutableClock(start);
    SyncEngine engine = new SyncEngine(store, MAPPINGS, LeadScorer.withDefaults(),
        List.of(new EngineConnection("hubspot", List.of("contacts"), crm)), EngineSettings.defaults(), clock,
        progress::add);
    crm.failAllCallsWith = new io.revbridge.spi.RetryableCrmException("RATE_LIMIT",
        "HubSpot's daily API limit for this account is used up", java.time.Duration.ofHours(1), null);

    engine.syncOnce();
    crm.failAllCallsWith = null;
    clock.now = clock.now.plusSeconds(30 * 60);
    SyncReport whilePaused = engine.syncOnce();

    assertThat(engine.pausedUntil("main")).contains(until);
    assertThat(progress).anyMatch(l -> l.startsWith("main: paused until " + until + ": HubSpot's daily API limit"));
    assertThat(progress).contains("main: skipped, paused until " + until + " (the CRM asked Revbridge to wait)");
    assertThat(whilePaused.read()).isZero();
    assertThat(crm.updateCalls).isEmpty();

    clock.now = clock.now.plusSeconds(31 * 60);
    SyncReport after = engine.syncOnce();

    assertThat(engine.pausedUntil("main")).isEmpty();
    assertThat(after.recordsWritten()).as(String.join("\n", progress)).isEqualTo(1);
  }

  @Test
  void aDailyLimitWhileWritingPausesTheConnectionAndKeepsItsWritesForLater() {
    contact("p1", "Intern", "101", false);
    SyncEngine engine = engine();
    engine.ingest(List.of(Change.polled(crm.get("contacts", "p1"))));
    engine.processPending();
    crm.failAllCallsWith = new io.revbridge.spi.RetryableCrmException("RATE_LIMIT", "daily limit",
        java.time.Duration.ofHours(1), null);

    engine.drain();
    engine.drain();

    assertThat(engine.pausedUntil("main")).isPresent();
    assertThat(store.outbox().countByStatus()).containsEntry("PENDING", 1L).containsEntry("DEAD", 0L);
    assertThat(store.outbox().due(Instant.now().plusSeconds(59 * 60), 10)).isEmpty();
    assertThat(store.outbox().due(Instant.now().plusSeconds(61 * 60), 10)).hasSize(1);
    assertThat(store.deadLetters().count()).isZero();
  }

  static final class MutableClock extends Clock {
    Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return java.time.ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
