package io.revbridge.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Webhooks wait while a pass runs (one engine, one thread), but their writes must not wait for the pass's end: a
 * pass that reads back a backfill's own writes needs no write of its own and can take minutes.
 */
class WebhookWritesDuringAPassTest {
  private static final MappingSet MAPPINGS = MappingLoader.load(MappingSource.folder(Path.of("..", "mappings")));
  @TempDir Path tmp;
  private Store store;
  private FakeCrm crm;

  @BeforeEach
  void setUp() {
    store = Store.open(StoreSettings.of("jdbc:h2:file:" + tmp.resolve("db")));
    crm = new FakeCrm("main");
    crm.addOwner("101", true);
    for (int i = 1; i <= 3 * FakeCrm.PAGE; i++) {
      crm.put("contacts", "p" + i, new HashMap<>(Map.of("email", "p" + i + "@acme.test", "jobtitle", "VP Sales",
          "hubspot_owner_id", "101")));
    }
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  @Test
  void aWebhooksWriteGoesOutWhileThePassReadsBackItsOwnWrites() {
    SyncEngine engine = new SyncEngine(store, MAPPINGS, LeadScorer.withDefaults(),
        List.of(new EngineConnection("hubspot", List.of("contacts"), crm)), EngineSettings.defaults(),
        Clock.systemUTC(), line -> { });
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
