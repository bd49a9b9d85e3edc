package io.revbridge.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.model.RecordRef;
import io.revbridge.store.RoutingStore;
import io.revbridge.store.Store;
import io.revbridge.store.StoreSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurableRoundRobinTest {
  static final Instant T0 = Instant.parse("2026-03-04T15:00:00Z");
  static final List<Slot> SLOTS = List.of(new Slot("a", 1, 1000), new Slot("b", 2, 1000), new Slot("c", 3, 1000));

  @TempDir Path dir;
  Store store;

  @BeforeEach
  void open() {
    store = Store.open(StoreSettings.of("jdbc:h2:file:" + dir.resolve("db")));
  }

  @AfterEach
  void close() {
    store.close();
  }

  static RecordRef lead(int i) {
    return new RecordRef("main", "contacts", "p" + i);
  }

  @Test
  void assignmentsFollowTheWeightsAcrossARestart() {
    DurableRoundRobin first = DurableRoundRobin.committing(store.routing(), Duration.ofDays(14));
    for (int i = 0; i < 300; i++) {
      first.pick("main/t", lead(i), SLOTS, T0);
    }
    store.close();
    store = Store.open(StoreSettings.of("jdbc:h2:file:" + dir.resolve("db")));
    DurableRoundRobin second = DurableRoundRobin.committing(store.routing(), Duration.ofDays(14));
    for (int i = 300; i < 600; i++) {
      second.pick("main/t", lead(i), SLOTS, T0);
    }

    assertThat(counts()).containsExactlyInAnyOrderEntriesOf(Map.of("a", 100L, "b", 200L, "c", 300L));
  }

  @Test
  void repsAtCapacityAreSkippedAndWhenAllAreFullNobodyIsPicked() {
    DurableRoundRobin rr = DurableRoundRobin.committing(store.routing(), Duration.ofDays(1));
    List<Slot> small = List.of(new Slot("a", 1, 1), new Slot("b", 1, 2));

    List<String> owners = java.util.stream.IntStream.range(0, 4)
        .mapToObj(i -> rr.pick("main/t", lead(i), small, T0).ownerId().orElse("nobody")).toList();
    Pick later = rr.pick("main/t", lead(9), small, T0.plus(Duration.ofDays(2)));

    assertThat(owners).containsExactly("a", "b", "b", "nobody");
    assertThat(later.ownerId()).contains("a"); // the window has passed: nothing is open any more
  }

  @Test
  void peekingRotatesInMemoryButLeavesTheStoreUntouched() {
    DurableRoundRobin.committing(store.routing(), Duration.ofDays(14)).pick("main/t", lead(0), SLOTS, T0);
    DurableRoundRobin peek = DurableRoundRobin.peeking(store.routing(), Duration.ofDays(14));

    List<String> owners = java.util.stream.IntStream.range(1, 7)
        .mapToObj(i -> peek.pick("main/t", lead(i), SLOTS, T0).ownerId().orElseThrow()).toList();

    assertThat(owners).contains("a", "b", "c");
    assertThat(counts()).containsExactlyEntriesOf(Map.of("c", 1L));
    assertThat(peek.pick("main/t", lead(0), SLOTS, T0).repeated()).isTrue();
  }

  private Map<String, Long> counts() {
    return store.routing().fairness(Instant.EPOCH).stream()
        .collect(Collectors.toMap(RoutingStore.FairnessRow::ownerId, RoutingStore.FairnessRow::assigned));
  }
}
