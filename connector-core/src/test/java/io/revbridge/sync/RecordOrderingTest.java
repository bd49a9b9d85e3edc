package io.revbridge.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.revbridge.mapping.MappingLoader;
import io.revbridge.mapping.MappingSet;
import io.revbridge.mapping.MappingSource;
import io.revbridge.routing.RoutingPlaybook;
import io.revbridge.scoring.LeadScorer;
import io.revbridge.spi.Change;
import io.revbridge.spi.CrmRecord;
import io.revbridge.spi.FieldWrite;
import io.revbridge.store.EmbeddedPostgresServer;
import io.revbridge.store.Store;
import io.revbridge.store.StoreSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two engines on one real PostgreSQL receive several versions of the same records, out of order and
 * interleaved, while both process and write: each record ends in the state of its newest version, and no
 * write planned from an older version reaches the CRM after one planned from a newer version.
 */
class RecordOrderingTest {
  private static final MappingSet MAPPINGS = MappingLoader.load(MappingSource.folder(Path.of("..", "mappings")));
  private static final List<String> TITLES = List.of("Intern", "Analyst", "Director of IT", "VP Sales", "CEO");
  private static final int RECORDS = 120;
  private static final int VERSIONS = 4;

  @TempDir Path tmp;

  private static SyncEngine engine(Store store, FakeCrm crm, String owner) {
    return new SyncEngine(store, MAPPINGS, LeadScorer.withDefaults(), RoutingPlaybook.roundRobinOnly(),
        List.of(new EngineConnection("hubspot", List.of("contacts"), crm)), EngineSettings.defaults().withBatchSize(7),
        EnrichmentStage.defaults(Clock.systemUTC()), Clock.systemUTC(), line -> { },
        new InstanceLease(owner, Duration.ofSeconds(30)));
  }

  private static FakeCrm crmWithCompany() {
    FakeCrm crm = new FakeCrm("main");
    crm.addOwner("101", true);
    crm.put("companies", "c1", Map.of("name", "Acme", "numberofemployees", "120", "industry", "COMPUTER_SOFTWARE"));
    return crm;
  }

  private static Map<String, String> contact(String id, String title) {
    Map<String, String> p = new HashMap<>(Map.of("email", id + "@acme.test", "firstname", "First" + id,
        "lastname", "Last" + id, "jobtitle", title, "associatedcompanyid", "c1", "hubspot_owner_id", "101"));
    return p;
  }

  /** Score, grade and reasons per contact, as the CRM holds them. */
  private static Map<String, List<String>> outcome(FakeCrm crm) {
    return crm.records.get("contacts").values().stream().collect(Collectors.toMap(r -> r.ref().id(), r -> List.of(
        String.valueOf(r.field("revbridge_score")), String.valueOf(r.field("revbridge_grade")),
        String.valueOf(r.field("revbridge_score_reasons")))));
  }

  /** The record version a field write was planned from: its key ends with the version's modified time. */
  private static long version(FieldWrite w) {
    String key = w.idempotencyKey();
    return Long.parseLong(key.substring(key.lastIndexOf('@') + 1));
  }

  @Test
  void twoInstancesEndInTheNewestVersionAndNeverWriteAnOlderOneAfterANewerOne() throws Exception {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    FakeCrm crm = crmWithCompany();
    FakeCrm reference = crmWithCompany();
    List<Change> changes = new ArrayList<>();
    List<Change> newest = new ArrayList<>();
    for (int i = 1; i <= RECORDS; i++) {
      String id = "p" + i;
      CrmRecord last = null;
      for (int v = 0; v < VERSIONS; v++) {
        last = crm.put("contacts", id, contact(id, TITLES.get(random.nextInt(TITLES.size()))));
        changes.add(Change.polled(last));
      }
      newest.add(Change.polled(reference.put("contacts", id, last.fields())));
    }
    Collections.shuffle(changes, random);
    StoreSettings settings = new StoreSettings(EmbeddedPostgresServer.freshSchemaUrl(), Optional.of("postgres"),
        Optional.empty());
    ConcurrentLinkedQueue<Throwable> died = new ConcurrentLinkedQueue<>();
    AtomicBoolean stop = new AtomicBoolean();
    try (Store a = Store.open(settings); Store b = Store.open(settings)) {
      List<Thread> threads = new ArrayList<>();
      for (SyncEngine engine : List.of(engine(a, crm, "instance-a"), engine(b, crm, "instance-b"))) {
        Thread thread = new Thread(() -> {
          try {
            while (!stop.get()) {
              engine.processPending();
              engine.drain();
            }
          } catch (Throwable e) {
            died.add(e);
          }
        });
        thread.start();
        threads.add(thread);
      }
      // Versions arrive in small bursts, in random order, while both instances work.
      for (int from = 0; from < changes.size(); from += 10) {
        a.inbox().add(changes.subList(from, Math.min(from + 10, changes.size())).stream()
            .map(c -> io.revbridge.store.InboxDraft.of(c, Json.write(c.record().orElseThrow()))).toList());
      }
      await().atMost(Duration.ofMinutes(2)).until(() -> !died.isEmpty()
          || (a.inbox().countByStatus().get("PENDING") == 0 && a.outbox().countByStatus().get("PENDING") == 0));
      stop.set(true);
      for (Thread t : threads) {
        t.join();
      }
    }
    assertThat(died).as("seed " + seed).isEmpty();
    try (Store alone = Store.open(StoreSettings.of("jdbc:h2:file:" + tmp.resolve("reference")))) {
      SyncEngine engine = engine(alone, reference, "alone");
      engine.ingest(newest);
      engine.processPending();
      engine.drain();
    }

    assertThat(outcome(crm)).as("seed " + seed).isEqualTo(outcome(reference));
    Map<String, Long> lastVersion = new HashMap<>();
    List<String> backwards = new ArrayList<>();
    for (List<FieldWrite> call : crm.updateCalls) {
      for (FieldWrite w : call) {
        Long before = lastVersion.put(w.ref().id(), version(w));
        if (before != null && before > version(w)) {
          backwards.add(w.ref().id() + ": " + before + " then " + version(w));
        }
      }
    }
    assertThat(backwards).as("seed " + seed + ": writes of an older version after a newer one").isEmpty();
  }
}
