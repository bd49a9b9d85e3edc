package io.revbridge.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.mapping.MappingLoader;
import io.revbridge.mapping.MappingSet;
import io.revbridge.mapping.MappingSource;
import io.revbridge.model.RecordRef;
import io.revbridge.scoring.LeadScorer;
import io.revbridge.store.DeadLetter;
import io.revbridge.store.DeadLetterFilter;
import io.revbridge.store.Store;
import io.revbridge.store.StoreSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeadLetterReplayTest {
  private static final MappingSet MAPPINGS = MappingLoader.load(MappingSource.folder(Path.of("..", "mappings")));

  @TempDir Path tmp;
  private Store store;
  private FakeCrm crm;
  private SyncEngine engine;
  private DeadLetterReplay replay;

  @BeforeEach
  void setUp() {
    store = Store.open(StoreSettings.of("jdbc:h2:file:" + tmp.resolve("db")));
    crm = new FakeCrm("main");
    crm.addOwner("101", true);
    crm.put("companies", "c1", Map.of("name", "Acme", "numberofemployees", "120", "industry", "COMPUTER_SOFTWARE"));
    engine = new SyncEngine(store, MAPPINGS, LeadScorer.withDefaults(),
        List.of(new EngineConnection("hubspot", List.of("contacts"), crm)), EngineSettings.defaults(),
        Clock.systemUTC(), line -> { });
    replay = new DeadLetterReplay(store, Clock.systemUTC());
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  private void contact(String id, String title) {
    crm.put("contacts", id, new HashMap<>(Map.of("email", id + "@acme.test", "firstname", "F" + id,
        "lastname", "L" + id, "jobtitle", title, "associatedcompanyid", "c1", "hubspot_owner_id", "101")));
  }

  @Test
  void aReplayedWriteIsSentAgainOnceTheCauseIsFixedAndTheLetterIsMarked() {
    contact("p1", "Manager");
    contact("p2", "Manager");
    crm.rejectWritesTo.add("p2");
    engine.syncOnce();
    DeadLetter letter = store.deadLetters().list(10).get(0);
    crm.rejectWritesTo.clear();

    ReplayOutcome outcome = replay.replay(letter);
    engine.drain();

    assertThat(outcome.replayed()).isTrue();
    assertThat(outcome.what()).contains("queued in the outbox again");
    assertThat(crm.get("contacts", "p2").field("revbridge_score")).isNotBlank();
    assertThat(crm.updateCalls).flatExtracting(c -> c).extracting(w -> w.ref().id())
        .as("p2 once rejected, once written").containsExactly("p1", "p2", "p2");
    assertThat(store.deadLetters().byId(letter.id()).orElseThrow().replayedAt()).isNotNull();
    assertThat(store.outbox().countByStatus()).containsEntry("DONE", 2L).containsEntry("DEAD", 0L);
  }

  @Test
  void replayingAWriteTwiceQueuesItOnlyOnce() {
    contact("p1", "Manager");
    crm.rejectWritesTo.add("p1");
    engine.syncOnce();
    DeadLetter letter = store.deadLetters().list(10).get(0);

    assertThat(replay.replay(letter).replayed()).isTrue();
    ReplayOutcome second = replay.replay(letter);

    assertThat(second.replayed()).isFalse();
    assertThat(second.what()).contains("no longer dead");
    assertThat(store.outbox().countByStatus()).containsEntry("PENDING", 1L);
  }

  @Test
  void aRecordThatFailedMappingIsReadAfreshFromTheCrmWhenReplayed() {
    crm.put("contacts", "p1", Map.of("email", "x@acme.test", "hs_analytics_num_visits", "lots"));
    engine.syncOnce();
    DeadLetter letter = store.deadLetters().list(10).get(0);
    crm.put("contacts", "p1", Map.of("email", "x@acme.test", "hs_analytics_num_visits", "12",
        "hubspot_owner_id", "101"));

    ReplayOutcome outcome = replay.replay(letter);
    engine.processPending();
    engine.drain();

    assertThat(outcome.replayed()).isTrue();
    assertThat(outcome.what()).contains("inbox", "stage map");
    assertThat(crm.get("contacts", "p1").field("revbridge_score")).isNotBlank();
    assertThat(store.deadLetters().count(DeadLetterFilter.ALL.unreplayed())).isZero();
  }

  @Test
  void aWriteToARecordTheCrmNoLongerHasMarksItDeletedAndIsNotADeadLetter() {
    contact("p1", "Manager");
    contact("p2", "Manager");
    crm.goneRecords.add("p1");

    SyncReport report = engine.syncOnce();

    assertThat(report.deadLetters()).isZero();
    assertThat(store.deadLetters().count()).isZero();
    assertThat(store.deletions().isDeleted(new RecordRef("main", "contacts", "p1"))).isTrue();
    assertThat(store.outbox().countByStatus()).containsEntry("SKIPPED", 1L).containsEntry("DONE", 1L);
    assertThat(crm.get("contacts", "p2").field("revbridge_score")).isNotBlank();
  }
}
