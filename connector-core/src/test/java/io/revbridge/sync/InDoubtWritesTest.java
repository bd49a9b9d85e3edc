package io.revbridge.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revbridge.mapping.MappingLoader;
import io.revbridge.mapping.MappingSet;
import io.revbridge.mapping.MappingSource;
import io.revbridge.routing.RoutingPlaybook;
import io.revbridge.scoring.LeadScorer;
import io.revbridge.spi.FieldWrite;
import io.revbridge.store.Store;
import io.revbridge.store.StoreSettings;
import java.nio.file.Path;
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

/** A process that dies after the CRM took its writes but before it recorded them does not write twice. */
class InDoubtWritesTest {
  private static final MappingSet MAPPINGS = MappingLoader.load(MappingSource.folder(Path.of("..", "mappings")));
  private static final InstanceLease SAME_INSTANCE = new InstanceLease("local", Duration.ofMinutes(2));

  @TempDir Path tmp;
  private Store store;
  private FakeCrm crm;

  @BeforeEach
  void setUp() {
    store = Store.open(StoreSettings.of("jdbc:h2:file:" + tmp.resolve("db")));
    crm = new FakeCrm("main");
    crm.addOwner("101", true);
    crm.put("companies", "c1", Map.of("name", "Acme", "numberofemployees", "120", "industry", "COMPUTER_SOFTWARE"));
    for (int i = 1; i <= 30; i++) {
      crm.put("contacts", "p" + i, new HashMap<>(Map.of("email", "p" + i + "@acme.test", "jobtitle", "Manager",
          "associatedcompanyid", "c1", "hubspot_owner_id", "101")));
    }
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  private SyncEngine engine(InstanceLease lease) {
    return new SyncEngine(store, MAPPINGS, LeadScorer.withDefaults(), RoutingPlaybook.roundRobinOnly(),
        List.of(new EngineConnection("hubspot", List.of("contacts"), crm)), EngineSettings.defaults(),
        EnrichmentStage.defaults(Clock.systemUTC()), Clock.systemUTC(), line -> { }, lease);
  }

  private Map<String, Long> writesPerRecord() {
    return crm.updateCalls.stream().flatMap(List::stream).map(FieldWrite::ref).map(r -> r.id())
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  @Test
  void writesTheCrmTookBeforeTheCrashAreSettledWithoutASecondCall() {
    crm.afterUpdate = () -> {
      throw new IllegalStateException("the process died here");
    };
    assertThatThrownBy(() -> engine(SAME_INSTANCE).syncOnce()).hasMessageContaining("died");
    crm.afterUpdate = () -> { };

    SyncReport afterRestart = engine(SAME_INSTANCE).syncOnce();

    assertThat(writesPerRecord()).hasSize(30).allSatisfy((id, n) -> assertThat(n).as(id).isOne());
    assertThat(afterRestart.recordsWritten()).as("settled from what the CRM holds").isEqualTo(30);
    assertThat(store.outbox().countByStatus()).containsEntry("DONE", 30L).containsEntry("PENDING", 0L);
    assertThat(crm.get("contacts", "p7").field("revbridge_score")).isNotBlank();
  }

  /**
   * The H2 file store can lose its last acknowledged commits to a kill -9 (measured on H2 2.5.252 with WRITE_DELAY 0,
   * even after CHECKPOINT SYNC): here the claim made just before the send, so the writes the CRM took look as if they
   * had never left. CrashRecoveryIT saw this as one batch written twice.
   */
  @Test
  void writesTheCrmTookAreNotSentAgainWhenTheStoreLostTheClaimThatSentThem() throws Exception {
    crm.afterUpdate = () -> {
      throw new IllegalStateException("the process died here");
    };
    assertThatThrownBy(() -> engine(SAME_INSTANCE).syncOnce()).hasMessageContaining("died");
    crm.afterUpdate = () -> { };
    int lost = forgetClaims();

    SyncReport afterRestart = engine(SAME_INSTANCE).syncOnce();

    assertThat(lost).as("writes whose claim the store lost").isEqualTo(30);
    assertThat(writesPerRecord()).hasSize(30).allSatisfy((id, n) -> assertThat(n).as(id).isOne());
    assertThat(afterRestart.recordsWritten()).as("settled from what the CRM holds").isEqualTo(30);
    assertThat(store.outbox().countByStatus()).containsEntry("DONE", 30L).containsEntry("PENDING", 0L);
  }

  /** The store lost everything since the plan: claims, sends and results; the CRM kept the writes and the tasks. */
  @Test
  void writesAndTasksAreNotRepeatedWhenTheStoreLostEverythingSinceThePlan() throws Exception {
    for (int i = 1; i <= 5; i++) {
      crm.put("contacts", "p" + i, new HashMap<>(Map.of("email", "p" + i + "@acme.test", "jobtitle", "VP Sales",
          "associatedcompanyid", "c1", "hubspot_owner_id", "101", "hs_analytics_last_url",
          "https://www.revbridge.test/pricing", "webinar_attended", "true", "active_project", "true")));
    }
    engine(SAME_INSTANCE).syncOnce();
    int tasks = crm.tasks.size();
    assertThat(tasks).as("hot leads got follow-up tasks").isPositive();
    try (java.sql.Connection c = store.dataSource().getConnection(); java.sql.Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE outbox SET status = 'PENDING', attempts = 0, lease_owner = NULL, lease_until = NULL");
    }

    engine(SAME_INSTANCE).syncOnce();

    assertThat(writesPerRecord()).hasSize(30).allSatisfy((id, n) -> assertThat(n).as(id).isOne());
    assertThat(crm.tasks).as("no task created twice").hasSize(tasks);
    assertThat(store.outbox().countByStatus()).containsEntry("PENDING", 0L);
  }

  @Test
  void writesQueuedAndSentByOneRunningEngineAreNotReadBack() {
    engine(SAME_INSTANCE).syncOnce();

    assertThat(writesPerRecord()).hasSize(30);
    assertThat(crm.readCalls.getOrDefault("contacts", 0)).as("no in-doubt check without a restart").isZero();
  }

  /** What a store that lost its last commits holds: the pending writes as queued, never claimed. */
  private int forgetClaims() throws java.sql.SQLException {
    try (java.sql.Connection c = store.dataSource().getConnection(); java.sql.Statement s = c.createStatement()) {
      return s.executeUpdate("UPDATE outbox SET lease_owner = NULL, lease_until = NULL WHERE status = 'PENDING'");
    }
  }

  @Test
  void aWriteInDoubtThatTheCrmDoesNotHoldIsSentAgain() {
    crm.afterUpdate = () -> {
      // The CRM lost the write (or a person changed the field) before the crash was noticed.
      crm.put("contacts", "p3", new HashMap<>(Map.of("email", "p3@acme.test", "jobtitle", "Manager",
          "associatedcompanyid", "c1", "hubspot_owner_id", "101")));
      throw new IllegalStateException("the process died here");
    };
    assertThatThrownBy(() -> engine(SAME_INSTANCE).syncOnce()).hasMessageContaining("died");
    crm.afterUpdate = () -> { };

    engine(SAME_INSTANCE).syncOnce();

    assertThat(writesPerRecord()).containsEntry("p3", 2L).containsEntry("p4", 1L);
    assertThat(crm.get("contacts", "p3").field("revbridge_score")).isNotBlank();
  }

  @Test
  void aWriteThatTimedOutAfterTheCrmAppliedItIsNotSentAgain() {
    SyncEngine engine = new SyncEngine(store, MAPPINGS, LeadScorer.withDefaults(), RoutingPlaybook.roundRobinOnly(),
        List.of(new EngineConnection("hubspot", List.of("contacts"), crm)),
        new EngineSettings(100, 5, Duration.ZERO, EngineSettings.DEFAULT_FOLLOW_UP_DUE),
        EnrichmentStage.defaults(Clock.systemUTC()), Clock.systemUTC(), line -> { }, SAME_INSTANCE);
    crm.afterUpdate = () -> {
      crm.afterUpdate = () -> { };
      throw new io.revbridge.spi.RetryableCrmException("TIMEOUT", "no answer within 30 s", null, null);
    };

    engine.syncOnce();
    engine.drain();

    assertThat(writesPerRecord()).hasSize(30).allSatisfy((id, n) -> assertThat(n).as(id).isOne());
    assertThat(store.outbox().countByStatus()).containsEntry("DONE", 30L).containsEntry("PENDING", 0L);
  }

  @Test
  void aBatchThatFailedMidwayIsHandedBackAtOnceAndCheckedBeforeAnotherInstanceSendsIt() {
    InstanceLease a = new InstanceLease("a", Duration.ofHours(1));
    crm.afterUpdate = () -> {
      throw new IllegalStateException("the batch in flight failed");
    };
    SyncEngine first = engine(a);
    assertThatThrownBy(first::syncOnce).hasMessageContaining("failed");
    crm.afterUpdate = () -> { };
    first.requestStop();
    first.releaseLeases();

    SyncReport second = engine(new InstanceLease("b", Duration.ofHours(1))).syncOnce();

    assertThat(second.recordsWritten()).as("b took a's writes over without waiting an hour").isEqualTo(30);
    assertThat(writesPerRecord()).allSatisfy((id, n) -> assertThat(n).as(id).isOne());
  }
}
