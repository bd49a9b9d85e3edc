package io.revbridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.model.RecordRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForecastStoreTest extends StoreContract {
  static final RecordRef DEAL = new RecordRef("hs", "deals", "77");

  private static ForecastRow row(RecordRef ref, int probability, String amount) {
    BigDecimal value = amount == null ? null : new BigDecimal(amount);
    return new ForecastRow(ref, "101", "PROPOSAL", value, probability,
        value == null ? null : value.multiply(BigDecimal.valueOf(probability)).movePointLeft(2),
        LocalDate.parse("2026-06-30"), "HIGH", T0);
  }

  @Test
  void aSavedForecastReadsBackAsWritten() {
    store.forecasts().save(List.of(row(DEAL, 60, "48000.00")));

    assertThat(store.forecasts().all()).singleElement().satisfies(r -> {
      assertThat(r.ref()).isEqualTo(DEAL);
      assertThat(r.amount()).isEqualByComparingTo("48000");
      assertThat(r.expectedValue()).isEqualByComparingTo("28800");
      assertThat(r.closeDate()).isEqualTo(LocalDate.parse("2026-06-30"));
      assertThat(r.forecastAt()).isEqualTo(T0);
    });
  }

  @Test
  void aNewForecastReplacesTheDealsRowAndOtherDealsStay() {
    RecordRef other = new RecordRef("hs", "deals", "78");
    store.forecasts().save(List.of(row(DEAL, 60, "1000"), row(other, 10, null)));

    store.forecasts().save(List.of(row(DEAL, 90, "1000")));

    assertThat(store.forecasts().all()).extracting(ForecastRow::ref, ForecastRow::probability)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(DEAL, 90), org.assertj.core.groups.Tuple.tuple(other, 10));
  }

  @Test
  void aForecastsRisksReadBackInOrderAndNoneReadsAsEmpty() {
    ForecastRow risky = new ForecastRow(DEAL, "101", "PROPOSAL", new BigDecimal("1000"), 40, new BigDecimal("400"),
        LocalDate.parse("2026-06-30"), "LOW", T0, List.of("no activity for 21 days", "close date moved twice"));
    store.forecasts().save(List.of(risky, row(new RecordRef("hs", "deals", "78"), 10, null)));

    assertThat(store.forecasts().all()).extracting(ForecastRow::risks)
        .containsExactly(List.of("no activity for 21 days", "close date moved twice"), List.of());
  }

  @Test
  void theOpenDealsAtRiskComeLargestFirstWithoutClosedOrRisklessOnes() {
    ForecastRow small = new ForecastRow(new RecordRef("hs", "deals", "1"), "101", "PROPOSAL", new BigDecimal("100"), 40,
        null, LocalDate.parse("2026-06-30"), "LOW", T0, List.of("stalled"));
    ForecastRow large = new ForecastRow(new RecordRef("hs", "deals", "2"), "101", null, new BigDecimal("900"), 40,
        null, LocalDate.parse("2026-06-30"), "LOW", T0, List.of("no amount history"));
    ForecastRow lost = new ForecastRow(new RecordRef("hs", "deals", "3"), "101", "CLOSED_LOST", new BigDecimal("5000"), 0,
        null, LocalDate.parse("2026-06-30"), "HIGH", T0, List.of("lost"));
    store.forecasts().save(List.of(small, large, lost, row(new RecordRef("hs", "deals", "4"), 10, "7000")));

    DealsAtRisk risky = store.forecasts().atRisk(10);
    assertThat(risky.largest()).extracting(r -> r.ref().id()).containsExactly("2", "1");
    assertThat(risky.deals()).isEqualTo(2);
    assertThat(risky.amount()).isEqualByComparingTo("1000");
    assertThat(store.forecasts().atRisk(1).largest()).extracting(r -> r.ref().id()).as("the largest only")
        .containsExactly("2");
  }

  @Test
  void theDealsClosingInAPeriodAreSummedPerOwnerAndMonthWithoutTheOthers() {
    store.forecasts().save(List.of(
        deal("1", "101", "CLOSED_WON", "1000.50", 100, "2026-05-31"),
        deal("2", "101", "CLOSED_WON", null, 100, "2026-05-01"),
        deal("3", "101", "CLOSED_LOST", "9000", 0, "2026-05-10"),
        deal("4", "101", "PROPOSAL", "400", 50, "2026-05-11"),
        deal("5", "101", null, "600", 50, "2026-05-12"),
        deal("6", "101", "NEGOTIATION", "7000", 80, "2026-06-01"),
        deal("7", "102", "QUALIFICATION", "50", 10, "2026-04-30"),
        deal("8", "102", "CLOSED_WON", "70", 100, "2026-04-01"),
        deal("9", null, "CLOSED_WON", "5", 100, "2026-05-02"),
        deal("10", "", "CLOSED_WON", "5", 100, "2026-05-02"),
        deal("11", "102", "CLOSED_WON", "99", 100, "2026-03-31")));

    assertThat(store.forecasts().closingPerOwner(LocalDate.parse("2026-04-01"), LocalDate.parse("2026-06-01")))
        .extracting(m -> m.ownerId() + " " + m.month() + " won " + m.wonDeals() + "/"
            + m.won().stripTrailingZeros().toPlainString() + " lost " + m.lostDeals() + " open " + m.openDeals() + "/"
            + m.pipeline().stripTrailingZeros().toPlainString())
        .containsExactly("101 2026-05 won 2/1000.5 lost 1 open 2/1000", "102 2026-04 won 1/70 lost 0 open 1/50");
  }

  @Test
  void thePipelineGeneratedIsSummedPerOwnerByCreationTimeWhateverTheStageNow() {
    Instant may = Instant.parse("2026-05-01T00:00:00Z");
    store.forecasts().save(List.of(
        created(deal("1", "101", "CLOSED_WON", "1000", 100, "2026-09-30"), may),
        created(deal("2", "101", "QUALIFICATION", "250.25", 10, "2026-09-30"), Instant.parse("2026-05-31T23:59:59Z")),
        created(deal("3", "101", "CLOSED_LOST", null, 0, "2026-09-30"), Instant.parse("2026-05-15T12:00:00Z")),
        created(deal("4", "101", "PROPOSAL", "5", 50, "2026-09-30"), Instant.parse("2026-06-01T00:00:00Z")),
        created(deal("5", "102", "PROPOSAL", "7", 50, "2026-09-30"), Instant.parse("2026-04-30T23:59:59Z")),
        created(deal("6", null, "PROPOSAL", "7", 50, "2026-09-30"), may),
        deal("7", "102", "PROPOSAL", "7", 50, "2026-09-30")));

    assertThat(store.forecasts().all()).filteredOn(r -> r.ref().id().equals("2")).singleElement()
        .extracting(ForecastRow::createdAt).isEqualTo(Instant.parse("2026-05-31T23:59:59Z"));
    assertThat(store.forecasts().createdPerOwner(may, Instant.parse("2026-06-01T00:00:00Z")))
        .extracting(o -> o.ownerId() + " " + o.deals() + " " + o.amount().stripTrailingZeros().toPlainString())
        .containsExactly("101 3 1250.25");
  }

  @Test
  void aDealCountsAsProposedWhenFirstSeenAtTheProposalStageOrLaterAndKeepsThatTime() {
    store.forecasts().save(List.of(deal("1", "101", "QUALIFICATION", "10", 10, "2026-09-30"),
        deal("2", "101", "CLOSED_LOST", "10", 0, "2026-09-30"),
        deal("3", "102", "NEGOTIATION", "30", 60, "2026-09-30")));
    Instant later = T0.plus(java.time.Duration.ofDays(40));
    store.forecasts().save(List.of(seenAt(deal("1", "101", "PROPOSAL", "10", 40, "2026-09-30"), later),
        seenAt(deal("3", "102", "CLOSED_WON", "30", 100, "2026-09-30"), later)));

    assertThat(store.forecasts().proposedPerOwner(T0, T0.plusSeconds(1)))
        .extracting(o -> o.ownerId() + " " + o.deals()).containsExactly("102 1");
    assertThat(store.forecasts().proposedPerOwner(later, later.plusSeconds(1)))
        .extracting(o -> o.ownerId() + " " + o.deals()).containsExactly("101 1");
  }

  private static ForecastRow deal(String id, String owner, String stage, String amount, int probability, String close) {
    BigDecimal value = amount == null ? null : new BigDecimal(amount);
    return new ForecastRow(new RecordRef("hs", "deals", id), owner, stage, value, probability,
        value == null ? null : value.multiply(BigDecimal.valueOf(probability)).movePointLeft(2),
        LocalDate.parse(close), "HIGH", T0);
  }

  private static List<String> shown(List<io.revbridge.forecast.RollupLine> lines) {
    return lines.stream().map(l -> String.join(" ", l.group(), String.valueOf(l.openDeals()),
        l.commit().stripTrailingZeros().toPlainString(), l.bestCase().stripTrailingZeros().toPlainString(),
        l.pipeline().stripTrailingZeros().toPlainString(), l.weighted().stripTrailingZeros().toPlainString(),
        l.won().stripTrailingZeros().toPlainString())).toList();
  }

  private static ForecastRow created(ForecastRow r, Instant at) {
    return new ForecastRow(r.ref(), r.ownerId(), r.stage(), r.amount(), r.probability(), r.expectedValue(),
        r.closeDate(), r.confidence(), r.forecastAt(), r.risks(), at);
  }

  private static ForecastRow seenAt(ForecastRow r, Instant at) {
    return new ForecastRow(r.ref(), r.ownerId(), r.stage(), r.amount(), r.probability(), r.expectedValue(),
        r.closeDate(), r.confidence(), at, r.risks(), r.createdAt());
  }

  @Test
  void theStoresSumsPerOwnerAndMonthRollUpExactlyAsTheDealsDo() {
    store.forecasts().save(List.of(
        deal("1", "101", "NEGOTIATION", "10000.50", 80, "2026-05-10"),
        deal("2", "101", "PROPOSAL", "20000", 50, "2026-07-01"),
        deal("3", "102", "QUALIFICATION", "5000", 10, "2026-06-30"),
        deal("4", "102", "CLOSED_WON", "7000", 100, "2026-04-02"),
        deal("5", "102", "CLOSED_LOST", "9000", 0, "2026-04-03"),
        deal("6", null, "PROPOSAL", "300", 75, "2026-04-30"),
        deal("7", " ", null, null, 90, "2026-12-31"),
        deal("8", "101", "CLOSED_WON", "1200", 100, "2027-01-01"),
        deal("9", "101", "PROPOSAL", "400", 75, "2026-05-11")));
    io.revbridge.forecast.ForecastModel model = io.revbridge.forecast.ForecastModel.defaults();
    List<ForecastCell> cells = store.forecasts().cells(model.commitMin(), model.bestCaseMin());

    assertThat(cells).filteredOn(c -> "101".equals(c.ownerId()) && c.month() == 5).singleElement().satisfies(c -> {
      assertThat(c.year()).isEqualTo(2026);
      assertThat(c.openDeals()).isEqualTo(2);
      assertThat(c.commit()).as("80 and 75 >= 75").isEqualByComparingTo("10400.50");
      assertThat(c.weighted()).isEqualByComparingTo("8300.40");
    });
    for (io.revbridge.forecast.ForecastRollup.By by : io.revbridge.forecast.ForecastRollup.By.values()) {
      assertThat(shown(io.revbridge.forecast.ForecastRollup.ofCells(cells, by))).as(by.name())
          .isEqualTo(shown(io.revbridge.forecast.ForecastRollup.of(store.forecasts().all(), model, by)));
    }
  }

  @Test
  void aDealAtRiskWithoutAnAmountRanksAsZeroOnEveryDatabase() {
    ForecastRow none = new ForecastRow(new RecordRef("hs", "deals", "1"), "101", "PROPOSAL", null, 40,
        null, LocalDate.parse("2026-06-30"), "LOW", T0, List.of("no amount"));
    ForecastRow some = new ForecastRow(new RecordRef("hs", "deals", "2"), "101", "PROPOSAL", new BigDecimal("5"), 40,
        null, LocalDate.parse("2026-06-30"), "LOW", T0, List.of("stalled"));
    store.forecasts().save(List.of(none, some));

    assertThat(store.forecasts().atRisk(5).largest()).extracting(r -> r.ref().id()).containsExactly("2", "1");
    assertThat(store.forecasts().atRisk(5).amount()).isEqualByComparingTo("5");
  }

  @Test
  void noDealAtRiskCountsNothing() {
    store.forecasts().save(List.of(row(DEAL, 60, "10")));

    assertThat(store.forecasts().atRisk(5)).isEqualTo(new DealsAtRisk(0, BigDecimal.ZERO, List.of()));
  }
}
