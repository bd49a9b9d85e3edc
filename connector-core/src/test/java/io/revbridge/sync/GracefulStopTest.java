package io.revbridge.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.mapping.MappingLoader;
import io.revbridge.mapping.MappingSet;
import io.revbridge.mapping.MappingSource;
import io.revbridge.routing.RoutingPlaybook;
import io.revbridge.scoring.LeadScorer;
import io.revbridge.spi.FieldWrite;
import io.revbridge.store.Store;
import io.revbridge.store.StoreSettings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stop asked for in the middle of a pass (SIGTERM: {@link SyncEngine#requestStop} from another thread) lets the
 * batch in flight finish, starts nothing new, and once the leases are handed back another instance takes the
 * rest at once, not after the leases would have run out; no record is written twice.
 */
class GracefulStopTest {
  private static final MappingSet MAPPINGS = MappingLoader.load(MappingSource.folder(Path.of("..", "mappings")));
  private static final int CONTACTS = 300;
  /** Long enough that a lease left behind would block the second instance for the whole test. */
  private static final Duration LONG_LEASE = Duration.ofHours(1);

  @TempDir Path tmp;
  private Store store;
  private FakeCrm crm;

  @BeforeEach
  void setUp() {
    store = Store.open(StoreSettings.of("jdbc:h2:file:" + tmp.resolve("db")));
    crm = new FakeCrm("main");
    crm.addOwner("101", true);
    crm.put("companies", "c1", Map.of("name", "Acme", "numberofemployees", "120", "industry", "COMPUTER_SOFTWARE"));
    for (int i = 1; i <= CONTACTS; i++) {
      crm.put("contacts", "p" + i, new HashMap<>(Map.of("email", "p" + i + "@acme.test", "jobtitle", "Manager",
          "associatedcompanyid", "c1", "hubspot_owner_id", "101")));
    }
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  private SyncEngine engine(String owner) {
    return new SyncEngine(store, MAPPINGS, LeadScorer.withDefaults(), RoutingPlaybook.roundRobinOnly(),
        List.of(new EngineConnection("hubspot", List.of("contacts"), crm)), EngineSettings.defaults().withBatchSize(20),
        EnrichmentStage.defaults(Clock.systemUTC()), Clock.systemUTC(), line -> { },
        new InstanceLease(owner, LONG_LEASE));
  }

  private Map<String, Long> writesPerRecord() {
    return crm.updateCalls.stream().flatMap(List::stream).map(FieldWrite::ref).map(r -> r.id())
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  /** Rows and poll leases {@code owner} still holds. */
  private long leasesHeldBy(String owner) throws Exception {
    long held = 0;
    try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
      for (String sql : List.of(
          "SELECT COUNT(*) FROM inbox WHERE status = 'PENDING' AND lease_owner = '" + owner + "' AND lease_until > CURRENT_TIMESTAMP",
          "SELECT COUNT(*) FROM outbox WHERE status = 'PENDING' AND lease_owner = '" + owner + "' AND lease_until > CURRENT_TIMESTAMP",
          "SELECT COUNT(*) FROM leases WHERE lease_owner = '" + owner + "'")) {
        try (ResultSet r = s.executeQuery(sql)) {
          r.next();
          held += r.getLong(1);
        }
      }
    }
    return held;
  }

  @Test
  void aStopWhileWritesAreInFlightSettlesThemSendsNoMoreAndHandsEveryLeaseBack() throws Exception {
    SyncEngine first = engine("a");
    crm.afterUpdate = first::requestStop; // the stop arrives while the first round of writes is at the CRM

    SyncReport stopped = first.syncOnce();
    first.releaseLeases();

    // One round claims at most ten batches of the engine's 20 (200 writes); its slices go out side by side, so all
    // of them were in flight when the stop came. A round after the stop would have sent all 300.
    int inFlight = crm.updateCalls.stream().mapToInt(List::size).sum();
    assertThat(inFlight).as("no round of writes after the stop").isPositive().isLessThanOrEqualTo(200);
    assertThat(stopped.recordsWritten()).as("the round in flight was settled").isEqualTo(inFlight);
    // Writes planned while that round was at the CRM (the pass plans the next batch meanwhile) stay PENDING,
    // unleased, for whoever runs next; none of them went out.
    assertThat(store.outbox().countByStatus()).containsEntry("DONE", (long) inFlight).containsEntry("DEAD", 0L);
    assertThat(leasesHeldBy("a")).isZero();

    crm.afterUpdate = () -> { };
    engine("b").syncOnce();

    assertThat(writesPerRecord()).as("b finished the rest at once; nothing written twice").hasSize(CONTACTS)
        .allSatisfy((id, n) -> assertThat(n).as(id).isOne());
  }

  @Test
  void aStopWhileABatchIsPlannedFinishesThatBatchClaimsNoOtherAndHandsTheRestBack() throws Exception {
    SyncEngine first = engine("a");
    crm.onOwners = first::requestStop; // the stop arrives while the first inbox batch is planned (routing reads owners)

    first.syncOnce();
    long plannedBeforeStop = store.outbox().countByStatus().values().stream().mapToLong(Long::longValue).sum();
    first.releaseLeases();

    assertThat(plannedBeforeStop).as("the batch in flight was planned, no other").isEqualTo(20);
    assertThat(crm.updateCalls).as("nothing sent after the stop").isEmpty();
    assertThat(leasesHeldBy("a")).isZero();

    crm.onOwners = () -> { };
    engine("b").syncOnce();

    assertThat(writesPerRecord()).hasSize(CONTACTS).allSatisfy((id, n) -> assertThat(n).as(id).isOne());
  }
}
