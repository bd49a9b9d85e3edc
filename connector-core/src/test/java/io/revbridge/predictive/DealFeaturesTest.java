package io.revbridge.predictive;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.model.Deal;
import io.revbridge.model.DealSignals;
import io.revbridge.model.RecordRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DealFeaturesTest {
  private static final LocalDate TODAY = LocalDate.parse("2026-05-01");

  private static Deal deal(String stage, Instant stageEnteredAt) {
    DealSignals s = new DealSignals(Instant.parse("2026-01-01T00:00:00Z"), null, false, false, false, false, false,
        null, false, false, false, false, stageEnteredAt);
    return new Deal(new RecordRef("sf", "Opportunity", "006A"), Instant.parse("2026-04-30T00:00:00Z"), "Big one",
        new BigDecimal("50000"), stage, null, TODAY.plusDays(20), null, null, null, null, s);
  }

  @Test
  void daysInTheCurrentStageAreNamedWithTheStageButKeyedByAgeOnly() {
    List<Feature> f = DealFeatures.defaults().of(deal("Negotiation/Review", Instant.parse("2026-03-17T15:00:00Z")),
        Optional.empty(), TODAY);

    assertThat(f).filteredOn(x -> x.group().equals("stagedays")).singleElement()
        .isEqualTo(new Feature("stagedays:45+", "45 days in Negotiation/Review"));
  }

  @Test
  void withoutAStageClockThereIsNoStageAgeRatherThanAZero() {
    assertThat(DealFeatures.defaults().of(deal("Negotiation/Review", null), Optional.empty(), TODAY))
        .extracting(Feature::group).doesNotContain("stagedays");
  }

  @Test
  void aClosedDealInTheHistoryLosesItsStageClockWhichOnlySaysWhenItClosed() {
    Deal closed = deal("Closed Won", Instant.parse("2026-04-30T10:00:00Z"));

    assertThat(DealFeatures.defaults().of(HistoryReader.withoutStageClock(closed), Optional.empty(), TODAY))
        .extracting(Feature::group).doesNotContain("stagedays");
  }
}
