package io.revbridge.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.mapping.MappingLoader;
import io.revbridge.mapping.MappingSet;
import io.revbridge.mapping.MappingSource;
import io.revbridge.model.Activity;
import io.revbridge.model.ActivityDirection;
import io.revbridge.model.ActivityType;
import io.revbridge.model.RecordRef;
import io.revbridge.spi.Change;
import io.revbridge.spi.ChangeKind;
import io.revbridge.routing.PlaybookFiles;
import io.revbridge.routing.RoutingPlaybookLoader;
import io.revbridge.scoring.LeadScorer;
import io.revbridge.store.ActivityStore;
import io.revbridge.store.Store;
import io.revbridge.store.StoreSettings;
import io.revbridge.testing.FakeClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Activities are read incrementally from the connection's cursor, a slice of a long backlog per pass. */
class ActivitySyncTest {
  private static final MappingSet MAPPINGS = MappingLoader.load(MappingSource.folder(Path.of("..", "mappings")));

  @TempDir Path tmp;
  final FakeClock clock = new FakeClock(Instant.parse("2026-03-04T15:00:00Z"));
  Store store;
  FakeCrm crm;
  SyncEngine engine;
  final List<String> progress = new ArrayList<>();

  @BeforeEach
  void setUp() {
    store = Store.open(StoreSettings.of("jdbc:h2:file:" + tmp.resolve("db")), clock);
    crm = new FakeCrm("main");
    crm.addOwner("101", true);
    crm.put("contacts", "p1", java.util.Map.of("email", "p1@acme.test", "lastname", "Doe"));
    engine = new SyncEngine(store, MAPPINGS, LeadScorer.withDefaults(),
        RoutingPlaybookLoader.load(PlaybookFiles.folder(Path.of("..", "mappings", "playbook"))),
        List.of(new EngineConnection("hubspot", List.of("contacts"), crm)), EngineSettings.defaults(), clock,
        progress::add);
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  private long stored() {
    return store.activities().countByOwner(Instant.EPOCH, clock.instant().plusSeconds(1)).stream()
        .mapToLong(ActivityStore.OwnerCount::total).sum();
  }

  @Test
  void aLongBacklogIsReadASlicePerPassAndNothingTwice() {
    int backlog = ActivitySync.MAX_PAGES_PER_PASS * FakeCrm.PAGE + 30;
    for (int i = 0; i < backlog; i++) {
      crm.logActivity(new Activity(new RecordRef("main", "calls", "c" + i), ActivityType.CALL, "101",
          List.of(new RecordRef("main", "contacts", "p1")), List.of(), clock.instant().minusSeconds(backlog - i),
          ActivityDirection.OUTBOUND, "COMPLETED", "call " + i, true, false, clock.instant()));
    }

    engine.syncOnce();
    assertThat(stored()).isEqualTo((long) ActivitySync.MAX_PAGES_PER_PASS * FakeCrm.PAGE);
    engine.syncOnce();
    engine.syncOnce();

    assertThat(stored()).isEqualTo(backlog);
    assertThat(store.cursors().get("main", "activity:calls")).contains(Integer.toString(backlog));
    assertThat(progress).anyMatch(l -> l.startsWith("main calls: 1,250 activities read"));
  }

  @Test
  void aWebhookArrivingWhileABacklogOfActivitiesIsReadIsWrittenBeforeTheReadEnds() {
    for (int i = 0; i < 3 * FakeCrm.PAGE; i++) {
      crm.logActivity(new Activity(new RecordRef("main", "calls", "c" + i), ActivityType.CALL, "101",
          List.of(new RecordRef("main", "contacts", "p1")), List.of(), clock.instant().minusSeconds(1_000 - i),
          ActivityDirection.OUTBOUND, "COMPLETED", "call " + i, true, false, clock.instant()));
    }
    List<String> scoreOfP2WhenPageAsked = new ArrayList<>();
    crm.onActivityPage = pagesBefore -> {
      if (pagesBefore == 1) { // a new contact arrives by webhook while the backlog is read
        crm.put("contacts", "p2", java.util.Map.of("email", "p2@acme.test", "lastname", "Roe", "jobtitle", "CTO"));
        engine.ingest(List.of(new Change(new RecordRef("main", "contacts", "p2"), ChangeKind.UPSERT, clock.instant(),
            "hubspot:1:2:3:p2:1", java.util.Optional.empty())));
      }
      scoreOfP2WhenPageAsked.add(String.valueOf(crm.get("contacts", "p2") == null ? null
          : crm.get("contacts", "p2").field("revbridge_score")));
    };

    engine.syncOnce();

    assertThat(stored()).isEqualTo(3L * FakeCrm.PAGE);
    assertThat(scoreOfP2WhenPageAsked).hasSize(3);
    assertThat(scoreOfP2WhenPageAsked.get(2)).as("p2's score had reached the CRM when the last page was asked for")
        .isNotEqualTo("null");
  }
}
