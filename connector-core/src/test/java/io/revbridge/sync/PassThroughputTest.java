package io.revbridge.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.revbridge.mapping.MappingLoader;
import io.revbridge.mapping.MappingSet;
import io.revbridge.mapping.MappingSource;
import io.revbridge.model.RecordRef;
import io.revbridge.routing.RoutingPlaybook;
import io.revbridge.scoring.LeadScorer;
import io.revbridge.spi.Change;
import io.revbridge.spi.ChangeKind;
import io.revbridge.store.Store;
import io.revbridge.store.StoreSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What keeps a long pass near the CRM's limits without changing what it writes (fewer calls, pass bounds), and without
 * holding back the writes of webhooks that arrive meanwhile.
 */
class PassThroughputTest {
  private static final MappingSet MAPPINGS = MappingLoader.load(MappingSource.folder(Path.of("..", "mappings")));
  @TempDir Path tmp;
  private Store store;
  private FakeCrm crm;

  @BeforeEach
  void setUp() {
    store = Store.open(StoreSettings.of("jdbc:h2:file:" + tmp.resolve("db")));
    crm = new FakeCrm("main");
    crm.addOwner("101", true);
    crm.put("companies", "c1", Map.of("name", "Acme", "numberofemployees", "120", "industry", "COMPUTER_SOFTWARE"));
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  private SyncEngine engine(Clock clock, EngineSettings settings) {
    return new SyncEngine(store, MAPPINGS, LeadScorer.withDefaults(),
        List.of(new EngineConnection("hubspot", List.of("contacts"), crm)), settings, clock, line -> { });
  }

  private void contacts(int n) {
    for (int i = 1; i <= n; i++) {
      crm.put("contacts", "p" + i, new HashMap<>(Map.of("email", "p" + i + "@acme.test", "jobtitle", "VP Sales",
          "associatedcompanyid", "c1", "hubspot_owner_id", "101")));
    }
  }

  @Test
  void aCompanySharedByManyPeopleIsReadOncePerPass() {
    contacts(60);

    engine(Clock.systemUTC(), EngineSettings.defaults().withBatchSize(10)).syncOnce();

    assertThat(crm.readCalls.getOrDefault("companies", 0)).as("six batches of ten people, one company").isOne();
    assertThat(crm.records.get("contacts").values()).allSatisfy(r -> assertThat(r.field("revbridge_score")).isNotBlank());
  }

  @Test
  void aPagesCompaniesAreReadByThePagePreparerAheadOfTheBatchesThatPlanThem() {
    // two feed pages of 50 people, each person at a company of their own: 100 companies, none in an account list
    EnrichmentStage defaults = EnrichmentStage.defaults(Clock.systemUTC());
    EnrichmentStage noAccountList = new EnrichmentStage(defaults.waterfall(), defaults.freeMail(),
        new EnrichmentStage.Accounts(0, defaults.accounts().refresh(), defaults.accounts().nameThreshold()));
    for (int i = 1; i <= 2 * FakeCrm.PAGE; i++) {
      crm.put("companies", "c" + i, Map.of("name", "Company " + i, "numberofemployees", "120"));
      crm.put("contacts", "p" + i, new HashMap<>(Map.of("email", "p" + i + "@c" + i + ".test", "jobtitle", "VP Sales",
          "associatedcompanyid", "c" + i, "hubspot_owner_id", "101")));
    }
    List<String> readingThreads = Collections.synchronizedList(new ArrayList<>());
    crm.onRead = () -> readingThreads.add(Thread.currentThread().getName());

    new SyncEngine(store, MAPPINGS, LeadScorer.withDefaults(), RoutingPlaybook.roundRobinOnly(),
        List.of(new EngineConnection("hubspot", List.of("contacts"), crm)), EngineSettings.defaults().withBatchSize(10),
        noAccountList, Clock.systemUTC(), line -> { }, InstanceLease.forThisProcess()).syncOnce();

    assertThat(readingThreads).as("one read per page, by the page preparer, none by the ten batches")
        .containsExactly("revbridge-prepare-main", "revbridge-prepare-main");
    assertThat(crm.records.get("contacts").values()).allSatisfy(r -> assertThat(r.field("revbridge_score")).isNotBlank());
  }

  @Test
  void companiesInTheAccountListReadDuringThePassAreNotReadAgainButANewPassReadsThemAfresh() {
    // the first person has no company: matching them lists the accounts, during the pass's first batch
    crm.put("contacts", "p0", new HashMap<>(Map.of("email", "kim@globex.test", "jobtitle", "VP Sales")));
    for (int i = 1; i <= 40; i++) {
      crm.put("companies", "c" + i, Map.of("name", "Company " + i, "numberofemployees", "120"));
      crm.put("contacts", "p" + i, new HashMap<>(Map.of("email", "p" + i + "@c" + i + ".test", "jobtitle", "VP Sales",
          "associatedcompanyid", "c" + i, "hubspot_owner_id", "101")));
    }
    SyncEngine engine = engine(Clock.systemUTC(), EngineSettings.defaults().withBatchSize(10));

    engine.syncOnce();

    assertThat(crm.readCalls.get("companies")).as("only the first batch's, before the list was read").isOne();
    assertThat(crm.get("contacts", "p40").field("revbridge_score")).isNotBlank();

    crm.put("companies", "c40", Map.of("name", "Company 40", "numberofemployees", "9000"));
    crm.put("contacts", "p40", new HashMap<>(Map.of("email", "p40@c40.test", "jobtitle", "VP Sales",
        "associatedcompanyid", "c40", "hubspot_owner_id", "101", "lastname", "Changed")));
    engine.syncOnce();

    assertThat(crm.readCalls.get("companies")).as("the list is from the pass before: read the company again").isEqualTo(2);
  }

  @Test
  void aPassEndsAtTheFirstPageOfChangesMadeAfterItBeganAndTheNextPassReadsTheRest() {
    contacts(100); // changed before the pass
    crm.stampFrom(Instant.now().plusSeconds(3600)); // from here on, as if changed while the pass ran
    for (int i = 101; i <= 200; i++) {
      crm.put("contacts", "p" + i, new HashMap<>(Map.of("email", "p" + i + "@acme.test", "jobtitle", "VP Sales",
          "associatedcompanyid", "c1", "hubspot_owner_id", "101")));
    }
    SyncEngine engine = engine(Clock.systemUTC(), EngineSettings.defaults());

    SyncReport first = engine.syncOnce();

    // pages of 50: p1..p50, p51..p100, then p101..p150, the first page of later changes: the pass stops there
    assertThat(crm.pollCalls.get("contacts")).isEqualTo(3);
    assertThat(first.read()).isEqualTo(150);
    assertThat(first.recordsWritten()).isEqualTo(150);
    assertThat(crm.get("contacts", "p151").field("revbridge_score")).isNull();

    SyncReport second = engine.syncOnce();

    assertThat(second.recordsWritten()).isEqualTo(50);
    assertThat(crm.records.get("contacts").values()).allSatisfy(r -> assertThat(r.field("revbridge_score")).isNotBlank());
  }

  @Test
  void writesQueuedWhileThePassReadsGoOutInFullBatches() {
    contacts(1000); // 20 pages of 50; the drain beside the pass sends only full batches, the pass's end the rest

    SyncReport report = engine(Clock.systemUTC(), EngineSettings.defaults().withDrainConcurrency(4)).syncOnce();

    assertThat(report.recordsWritten()).isEqualTo(1000);
    assertThat(crm.updateCalls).as("ten calls of a full batch each, not one per page").hasSize(10)
        .allSatisfy(call -> assertThat(call).hasSize(100));
    assertThat(store.outbox().countByStatus()).containsEntry("DONE", 1000L).containsEntry("PENDING", 0L);
  }

  @Test
  void writesGoOutSideBySideAndEachRecordIsWrittenOnce() {
    contacts(450);

    SyncReport report = engine(Clock.systemUTC(), EngineSettings.defaults().withDrainConcurrency(4)).syncOnce();

    assertThat(report.recordsWritten()).isEqualTo(450);
    Map<String, Long> perRecord = new HashMap<>();
    crm.updateCalls.forEach(call -> call.forEach(w -> perRecord.merge(w.ref().id(), 1L, Long::sum)));
    assertThat(perRecord).hasSize(450).allSatisfy((id, n) -> assertThat(n).as(id).isOne());
    assertThat(crm.updateCalls).allSatisfy(call -> assertThat(call).hasSizeLessThanOrEqualTo(100));
    assertThat(store.outbox().countByStatus()).containsEntry("DONE", 450L).containsEntry("PENDING", 0L);
  }

  /**
   * Webhooks wait while a pass runs (one engine, one thread), but their writes must not wait for its end: the pass
   * after a backfill reads back the backfill's own writes, needs no write itself and can take minutes.
   */
  @Test
  void aWebhooksWriteGoesOutWhileThePassReadsBackItsOwnWrites() {
    contacts(3 * FakeCrm.PAGE);
    SyncEngine engine = engine(Clock.systemUTC(), EngineSettings.defaults());
    engine.syncOnce(); // the backfill: every contact is written, so the next pass reads all of them back
    int backfillPages = crm.pollCalls.get("contacts");
    int updatesBefore = crm.updateCalls.size();
    crm.onPoll = (type, pagesBefore) -> {
      int page = pagesBefore - backfillPages;
      if (page == 1) { // a new lead arrives by webhook while the echoes are read
        crm.put("contacts", "new", new HashMap<>(Map.of("email", "new@acme.test", "jobtitle", "CTO")));
        engine.ingest(List.of(new Change(new RecordRef("main", "contacts", "new"), ChangeKind.UPSERT, Instant.now(),
            "hubspot:1:2:3:new:1", Optional.empty())));
      } else if (page == 3) { // the pass cannot end before this page is served
        await("the webhook's write, before the pass ends").atMost(Duration.ofSeconds(10))
            .until(() -> crm.get("contacts", "new").field("revbridge_score") != null);
      }
    };

    engine.syncOnce();

    assertThat(crm.pollCalls.get("contacts") - backfillPages).as("the pass read past the await").isGreaterThan(3);
    assertThat(crm.updateCalls.subList(updatesBefore, crm.updateCalls.size())).as("only the new lead was written")
        .singleElement().satisfies(call -> assertThat(call).extracting(w -> w.ref().id()).containsExactly("new"));
  }
}
