package io.revbridge.predictive;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.spi.StageChange;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class LastOpenStageTest {
  private static final Predicate<String> CLOSED = Set.of("closedwon", "closedlost")::contains;
  private static final Instant CLOSE_DAY = Instant.parse("2026-05-01T00:00:00Z");

  private static StageChange change(String stage, String at) {
    return new StageChange(stage, Instant.parse(at));
  }

  @Test
  void theLastOpenStageIsTheOneEnteredLastBeforeTheClosingInWhateverOrderTheChangesCome() {
    List<StageChange> newestFirst = List.of(change("closedlost", "2026-05-01T15:00:00Z"),
        change("decisionmakerboughtin", "2026-03-10T10:00:00Z"), change("appointmentscheduled", "2026-01-10T09:00:00Z"));

    assertThat(LastOpenStage.of(newestFirst, CLOSED, CLOSE_DAY))
        .contains(new LastOpenStage("decisionmakerboughtin", Instant.parse("2026-03-10T10:00:00Z")));
  }

  @Test
  void aStageSetAgainWasEnteredTheFirstTimeAndADealReopenedClosedFromTheStageItWasReopenedTo() {
    List<StageChange> changes = List.of(change("qualifiedtobuy", "2026-01-01T00:00:00Z"),
        change("contractsent", "2026-02-01T00:00:00Z"), change("contractsent", "2026-03-01T00:00:00Z"),
        change("closedlost", "2026-03-05T00:00:00Z"), change("presentationscheduled", "2026-04-01T00:00:00Z"),
        change("closedwon", "2026-04-30T12:00:00Z"), change("closedwon", "2026-04-30T12:05:00Z"));

    assertThat(LastOpenStage.of(changes.subList(0, 4), CLOSED, CLOSE_DAY))
        .contains(new LastOpenStage("contractsent", Instant.parse("2026-02-01T00:00:00Z")));
    assertThat(LastOpenStage.of(changes, CLOSED, CLOSE_DAY))
        .contains(new LastOpenStage("presentationscheduled", Instant.parse("2026-04-01T00:00:00Z")));
  }

  @Test
  void withoutARecordedClosingOnlyStagesEnteredByTheEndOfTheCloseDayCount() {
    List<StageChange> changes = List.of(change("qualifiedtobuy", "2026-01-01T00:00:00Z"),
        change("contractsent", "2026-05-02T08:00:00Z"));

    assertThat(LastOpenStage.of(changes, CLOSED, CLOSE_DAY))
        .contains(new LastOpenStage("qualifiedtobuy", Instant.parse("2026-01-01T00:00:00Z")));
  }

  @Test
  void aHistoryOfClosedStagesOnlyOrNoneAtAllGivesNoLastOpenStage() {
    assertThat(LastOpenStage.of(List.of(change("closedwon", "2026-04-30T12:00:00Z")), CLOSED, CLOSE_DAY)).isEmpty();
    assertThat(LastOpenStage.of(List.of(), CLOSED, CLOSE_DAY)).isEmpty();
  }
}
