package io.revbridge.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.model.RecordRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WeightedTurnTest {
  static final List<Slot> SLOTS = List.of(new Slot("w1", 1, 100_000), new Slot("w2", 2, 100_000),
      new Slot("w3", 3, 100_000), new Slot("w4", 4, 100_000));

  @Test
  void tenThousandLeadsSplitWithinTwoPercentOfTheWeights() {
    InMemoryRoundRobin picker = new InMemoryRoundRobin();
    Map<String, Long> got = java.util.stream.IntStream.range(0, 10_000)
        .mapToObj(i -> picker.pick("main/t", new RecordRef("main", "contacts", "p" + i), SLOTS, Instant.EPOCH)
            .ownerId().orElseThrow())
        .collect(Collectors.groupingBy(o -> o, Collectors.counting()));

    for (Slot slot : SLOTS) {
      double expected = 10_000 * slot.weight() / 10.0;
      assertThat((double) got.get(slot.ownerId())).as(slot.ownerId()).isCloseTo(expected,
          org.assertj.core.data.Percentage.withPercentage(2));
    }
  }

  @Test
  void repsBrieflyAwayCatchUpSoSharesStillFollowTheWeights() {
    InMemoryRoundRobin picker = new InMemoryRoundRobin();
    Random seeded = new Random(42);
    Map<String, Long> got = new java.util.HashMap<>();
    for (int i = 0; i < 10_000; i++) {
      List<Slot> present = SLOTS.stream().filter(s -> seeded.nextInt(10) > 0).toList(); // each away 10% of turns
      if (present.isEmpty()) {
        continue;
      }
      picker.pick("main/t", new RecordRef("main", "contacts", "p" + i), present, Instant.EPOCH).ownerId()
          .ifPresent(o -> got.merge(o, 1L, Long::sum));
    }

    long total = got.values().stream().mapToLong(Long::longValue).sum();
    for (Slot slot : SLOTS) {
      assertThat((double) got.get(slot.ownerId())).as(slot.ownerId())
          .isCloseTo(total * slot.weight() / 10.0, org.assertj.core.data.Percentage.withPercentage(2));
    }
  }

  @Test
  void aRepNewToThePoolStartsOneRoundBehindInsteadOfTakingEveryLead() {
    InMemoryRoundRobin picker = new InMemoryRoundRobin();
    List<Slot> two = SLOTS.subList(0, 2);
    for (int i = 0; i < 300; i++) {
      picker.pick("main/t", new RecordRef("main", "contacts", "a" + i), two, Instant.EPOCH);
    }
    Map<String, Long> next = java.util.stream.IntStream.range(0, 10)
        .mapToObj(i -> picker.pick("main/t", new RecordRef("main", "contacts", "b" + i), SLOTS, Instant.EPOCH)
            .ownerId().orElseThrow())
        .collect(Collectors.groupingBy(o -> o, Collectors.counting()));

    assertThat(next.get("w4")).isLessThanOrEqualTo(8L);
    assertThat(next).containsKeys("w3", "w4");
  }
}
