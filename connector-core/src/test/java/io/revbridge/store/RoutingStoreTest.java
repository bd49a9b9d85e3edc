package io.revbridge.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.revbridge.model.RecordRef;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class RoutingStoreTest extends StoreContract {
  static final List<String> REPS = List.of("a", "b", "c");

  /** Picks the rep with the fewest assignments, as a round robin of equal weights does. */
  static Optional<RoutingStore.Choice> fewest(RoutingStore.PoolState state) {
    String owner = REPS.stream().min(Comparator.comparing(r -> state.assigned().getOrDefault(r, 0L))).orElseThrow();
    return Optional.of(new RoutingStore.Choice(owner, state.assigned().getOrDefault(owner, 0L) + 1, 1));
  }

  static RecordRef lead(String id) {
    return new RecordRef("main", "contacts", id);
  }

  @Test
  void eachTurnIsLoggedAndCountedAndTheFairnessReportSumsThem() {
    for (int i = 1; i <= 7; i++) {
      assertThat(store.routing().take("main/europe", lead("p" + i), T0, T0.minus(Duration.ofDays(14)),
          RoutingStoreTest::fewest)).map(RoutingStore.Turn::turn).contains((long) i);
    }

    assertThat(store.routing().fairness(T0)).containsExactly(new RoutingStore.FairnessRow("main/europe", "a", 3, 1),
        new RoutingStore.FairnessRow("main/europe", "b", 2, 1), new RoutingStore.FairnessRow("main/europe", "c", 2, 1));
    assertThat(store.routing().fairness(T0.plusSeconds(1))).isEmpty();
  }

  @Test
  void theRecordsEarlierOwnerIsOfferedAndKeepingItTakesNoTurn() {
    store.routing().take("main/europe", lead("p1"), T0, T0, RoutingStoreTest::fewest);

    RoutingStore.PoolState state = store.routing().peek("main/europe", lead("p1"), T0);
    Optional<RoutingStore.Turn> again = store.routing().take("main/europe", lead("p1"), T0, T0,
        s -> Optional.of(new RoutingStore.Choice(s.earlierOwner().orElseThrow(), 1, 1)));

    assertThat(state.earlierOwner()).contains("a");
    assertThat(again).contains(new RoutingStore.Turn("a", 0));
    assertThat(store.routing().fairness(T0)).singleElement().extracting(RoutingStore.FairnessRow::assigned).isEqualTo(1L);
  }

  @Test
  void openCountsOnlyAssignmentsInsideTheCapacityWindowAcrossPools() {
    store.routing().take("main/europe", lead("p1"), T0, T0, RoutingStoreTest::fewest);
    store.routing().take("main/events", lead("p2"), T0.plus(Duration.ofDays(3)), T0, RoutingStoreTest::fewest);

    assertThat(store.routing().peek("main/europe", lead("p9"), T0).open()).containsEntry("a", 2L);
    assertThat(store.routing().peek("main/europe", lead("p9"), T0.plus(Duration.ofDays(1))).open())
        .containsEntry("a", 1L);
    assertThat(store.routing().peek("other/europe", new RecordRef("other", "contacts", "x"), T0).open()).isEmpty();
  }

  @Test
  void thePointerAndCountsSurviveClosingAndReopeningTheStore() {
    for (int i = 1; i <= 4; i++) {
      store.routing().take("main/europe", lead("p" + i), T0, T0, RoutingStoreTest::fewest);
    }
    store.close();

    store = Store.open(settings, clock);
    RoutingStore.PoolState state = store.routing().peek("main/europe", lead("p5"), T0);
    Optional<RoutingStore.Turn> next = store.routing().take("main/europe", lead("p5"), T0, T0, RoutingStoreTest::fewest);

    assertThat(state.assigned()).containsEntry("a", 2L).containsEntry("b", 1L).containsEntry("c", 1L);
    assertThat(next).contains(new RoutingStore.Turn("b", 5));
  }

  @Test
  void twoInstancesOnOnePostgresqlNeverTakeTheSameTurnNorLoseACount() throws Exception {
    assumeTrue(backend == StoreBackend.POSTGRESQL, "two processes share a database only on PostgreSQL");
    try (Store second = Store.open(settings, clock)) {
      List<Store> instances = List.of(store, second);
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<?>> workers = new ArrayList<>();
      try {
        for (int t = 0; t < 4; t++) {
          Store instance = instances.get(t % 2);
          int worker = t;
          workers.add(pool.submit(() -> {
            start.await();
            for (int i = 0; i < 75; i++) {
              instance.routing().take("main/europe", lead(worker + "-" + i), T0, T0, RoutingStoreTest::fewest);
            }
            return null;
          }));
        }
        start.countDown();
        for (Future<?> w : workers) {
          w.get();
        }
      } finally {
        pool.shutdownNow();
      }

      assertThat(turns()).containsExactlyElementsOf(LongStream.rangeClosed(1, 300).boxed().toList());
      // Each choice saw every earlier one: with fewest-first, the 300 leads split exactly evenly.
      assertThat(second.routing().fairness(T0)).extracting(RoutingStore.FairnessRow::assigned)
          .containsExactly(100L, 100L, 100L);
    }
  }

  @Test
  void aLeadEveryRepIsFullForNeitherWaitsForATurnInProgressNorTakesOne() throws Exception {
    store.routing().take("main/europe", lead("p1"), T0, T0, RoutingStoreTest::fewest);
    CountDownLatch choosing = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      // a turn in progress: it holds the pool's lock while its chooser waits
      Future<Optional<RoutingStore.Turn>> inProgress = pool.submit(() -> store.routing().take("main/europe",
          lead("p2"), T0, T0, state -> {
            choosing.countDown();
            await(release);
            return fewest(state);
          }));
      choosing.await();
      Future<Optional<RoutingStore.Turn>> full = pool.submit(() -> store.routing().take("main/europe", lead("p3"),
          T0, T0, state -> Optional.empty()));

      Awaitility.await().atMost(Duration.ofSeconds(5)).until(full::isDone);
      assertThat(full.get()).isEmpty();
      release.countDown();
      assertThat(inProgress.get()).contains(new RoutingStore.Turn("b", 2));
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
    assertThat(turns()).containsExactly(1L, 2L);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private List<Long> turns() throws Exception {
    try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT turn FROM routing_assignments ORDER BY turn")) {
      List<Long> turns = new ArrayList<>();
      while (r.next()) {
        turns.add(r.getLong(1));
      }
      return turns;
    }
  }

  @Test
  void capacityCountsOnlyLeadsStillOpenClosedRoutedAgainOrGivenAway() {
    for (int i = 1; i <= 4; i++) {
      store.routing().take("main/europe", lead("p" + i), T0, T0.minus(Duration.ofDays(90)),
          s -> Optional.of(new RoutingStore.Choice("ana", 1, 1)));
    }
    assertThat(store.routing().openByOwner("main", T0.minus(Duration.ofDays(90)))).containsEntry("ana", 4L);

    int closed = store.routing().observe(List.of(
        new RoutingStore.LeadState("main", lead("p1").key(), "ana", "UNQUALIFIED", T0.plusSeconds(60)),
        new RoutingStore.LeadState("main", lead("p2").key(), "ben", null, T0.plusSeconds(60)),
        new RoutingStore.LeadState("main", lead("p3").key(), "ana", null, T0.plusSeconds(60))));
    store.routing().take("main/events", lead("p4"), T0.plusSeconds(120), T0.minus(Duration.ofDays(90)),
        s -> Optional.of(new RoutingStore.Choice("cy", 1, 1)));

    assertThat(closed).isEqualTo(2);
    assertThat(store.routing().openByOwner("main", T0.minus(Duration.ofDays(90))))
        .containsExactly(java.util.Map.entry("ana", 1L), java.util.Map.entry("cy", 1L));
    assertThat(store.routing().peek("main/europe", lead("p9"), T0.minus(Duration.ofDays(90))).open())
        .containsEntry("ana", 1L).doesNotContainKey("ben");
  }

  @Test
  void capacityReadFromTheDayTotalsEqualsCountingTheOpenAssignments() {
    // leads over five days at odd hours, some closed, given away or routed again; then every window start, on
    // day boundaries and inside days, must see what counting the assignments sees
    java.util.Random random = new java.util.Random(7);
    List<String> owners = List.of("ana", "ben", "cy");
    for (int i = 0; i < 120; i++) {
      java.time.Instant at = T0.plus(Duration.ofMinutes(i * 61L + random.nextInt(60)));
      String owner = owners.get(random.nextInt(owners.size()));
      String pool = random.nextBoolean() ? "main/europe" : "main/events";
      String record = "p" + random.nextInt(80);
      store.routing().take(pool, lead(record), at, at.minus(Duration.ofDays(90)),
          s -> Optional.of(new RoutingStore.Choice(owner, 1, 1)));
      if (i % 7 == 3) {
        store.routing().observe(List.of(new RoutingStore.LeadState("main", lead("p" + random.nextInt(80)).key(),
            owners.get(random.nextInt(owners.size())), random.nextBoolean() ? "UNQUALIFIED" : null, at)));
      }
    }

    for (int h = -30; h <= 24 * 6; h += 5) {
      java.time.Instant since = T0.plus(Duration.ofHours(h)).plusSeconds(h * 37L);
      assertThat(store.routing().peek("main/europe", lead("new"), since).open()).as("open since " + since)
          .isEqualTo(store.routing().openByOwner("main", since));
    }
    assertThat(store.routing().openByOwner("main", T0)).isNotEmpty();
  }

  @Test
  void assignmentsOpenBeforeTheDayTotalsExistedAreCounted() throws Exception {
    StoreSettings old = olderStore("17",
        "INSERT INTO routing_assignments (pool, turn, connection, record_key, owner_id, weight,"
            + " assigned_at) VALUES ('main/europe', 1, 'main', 'main/contacts/p1', 'ana', 1,"
            + " TIMESTAMP WITH TIME ZONE '2026-03-01 23:30:00+00')",
        "INSERT INTO routing_assignments (pool, turn, connection, record_key, owner_id, weight,"
            + " assigned_at) VALUES ('main/europe', 2, 'main', 'main/contacts/p2', 'ana', 1,"
            + " TIMESTAMP WITH TIME ZONE '2026-03-02 08:00:00+00')",
        "INSERT INTO routing_assignments (pool, turn, connection, record_key, owner_id, weight,"
            + " assigned_at, closed_at) VALUES ('main/europe', 3, 'main', 'main/contacts/p3', 'ana', 1,"
            + " TIMESTAMP WITH TIME ZONE '2026-03-02 08:00:00+00', TIMESTAMP WITH TIME ZONE '2026-03-02 08:30:00+00')");

    try (Store migrated = Store.open(old, clock)) {
      assertThat(migrated.routing().peek("main/europe", lead("p9"), T0.minus(Duration.ofDays(1))).open())
          .isEqualTo(java.util.Map.of("ana", 2L));
      assertThat(migrated.routing().peek("main/europe", lead("p9"), T0.minus(Duration.ofHours(2))).open())
          .isEqualTo(java.util.Map.of("ana", 1L));
      migrated.routing().observe(List.of(new RoutingStore.LeadState("main", "main/contacts/p1", null, "UNQUALIFIED",
          T0)));
      assertThat(migrated.routing().peek("main/europe", lead("p9"), T0.minus(Duration.ofDays(2))).open())
          .isEqualTo(java.util.Map.of("ana", 1L));
    }
  }
}
