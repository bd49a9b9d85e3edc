package io.revbridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.routing.ResponseTimeReport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlaResponsesPerOwnerTest extends StoreContract {
  private void clock(String lead, String owner, String team, Instant started, Integer touchedAfterMinutes) {
    store.slas().start(new SlaTimer(lead, owner, team, "A", "NEW", started, started.plus(Duration.ofMinutes(30)),
        started.plus(Duration.ofMinutes(60))));
    if (touchedAfterMinutes != null) {
      store.slas().touch(List.of(new SlaStore.Touch(lead, owner, started.plus(Duration.ofMinutes(touchedAfterMinutes)),
          "call")));
    }
  }

  @Test
  void perOwnerCountsAndMediansMatchTheResponseTimeReportOverTeams() {
    Instant from = T0.minus(Duration.ofDays(10));
    clock("l1", "101", "east", from.plusSeconds(60), 5);
    clock("l2", "101", "west", from.plusSeconds(120), 20);
    clock("l3", "101", "east", from.plusSeconds(180), 45);
    clock("l4", "101", "east", from.plusSeconds(240), 10);
    clock("l5", "102", "east", from.plusSeconds(300), null);
    clock("l6", "102", "east", from.plusSeconds(360), 7);
    clock("l7", "103", "east", T0.minus(Duration.ofMinutes(5)), null);
    clock("l8", "101", "east", from.minusSeconds(1), 1);
    clock("l9", "101", "east", T0.plusSeconds(1), 1);
    store.slas().takeBreaches(T0);

    List<SlaStore.OwnerResponses> lines = store.slas().responsesPerOwner(from, T0);

    List<SlaStore.Response> started = new ArrayList<>();
    for (SlaStore.Response r : store.slas().responses(from, 100)) {
      if (r.startedAt().isBefore(T0)) {
        started.add(new SlaStore.Response(r.recordKey(), r.ownerId(), "all", r.grade(), r.status(), r.startedAt(),
            r.dueAt(), r.respondedAt(), r.touchKind()));
      }
    }
    List<SlaStore.OwnerResponses> expected = ResponseTimeReport.of(started).stream().filter(l -> l.ownerId() != null)
        .map(l -> new SlaStore.OwnerResponses(l.ownerId(), l.clocks(), l.met(), l.breached(), l.open(), l.responded(),
            l.p50()))
        .toList();
    assertThat(lines).isEqualTo(expected);
    assertThat(lines).extracting(SlaStore.OwnerResponses::ownerId).containsExactly("101", "102", "103");
    assertThat(lines.get(0).clocks()).as("l8 started before, l9 after the period").isEqualTo(4);
    assertThat(lines.get(0).p50()).as("nearest rank of 5, 10, 20, 45").isEqualTo(Duration.ofMinutes(10));
    assertThat(lines.get(1).breached()).isEqualTo(1);
    assertThat(lines.get(2).open()).isEqualTo(1);
    assertThat(lines.get(2).p50()).isNull();
  }
}
