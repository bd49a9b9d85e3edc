package io.revbridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.model.RecordRef;
import java.math.BigDecimal;
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

    assertThat(store.forecasts().openAtRisk()).extracting(r -> r.ref().id()).containsExactly("2", "1");
  }

  @Test
  void theDealsClosingInAPeriodAreReadWithoutTheOthers() {
    ForecastRow june = row(new RecordRef("hs", "deals", "1"), 40, "100");
    ForecastRow july = new ForecastRow(new RecordRef("hs", "deals", "2"), "101", "PROPOSAL", null, 40, null,
        LocalDate.parse("2026-07-01"), "LOW", T0);
    store.forecasts().save(List.of(june, july));

    assertThat(store.forecasts().closingBetween(LocalDate.parse("2026-06-01"), LocalDate.parse("2026-07-01")))
        .extracting(r -> r.ref().id()).containsExactly("1");
    assertThat(store.forecasts().closingBetween(LocalDate.parse("2026-07-01"), LocalDate.parse("2026-08-01")))
        .extracting(r -> r.ref().id()).containsExactly("2");
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

    assertThat(store.forecasts().openAtRisk()).extracting(r -> r.ref().id()).containsExactly("2", "1");
  }
}
