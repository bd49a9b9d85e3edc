package io.revbridge.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.model.RecordRef;
import io.revbridge.store.ForecastRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForecastRollupTest {
  private static ForecastRow row(String id, String owner, String stage, String amount, int probability, String close) {
    BigDecimal value = new BigDecimal(amount);
    return new ForecastRow(new RecordRef("hs", "deals", id), owner, stage, value, probability,
        value.multiply(BigDecimal.valueOf(probability)).movePointLeft(2), LocalDate.parse(close), "HIGH", Instant.EPOCH);
  }

  private static final List<ForecastRow> ROWS = List.of(
      row("1", "101", "NEGOTIATION", "10000", 80, "2026-05-10"),
      row("2", "101", "PROPOSAL", "20000", 50, "2026-07-01"),
      row("3", "102", "QUALIFICATION", "5000", 10, "2026-06-30"),
      row("4", "102", "CLOSED_WON", "7000", 100, "2026-04-02"),
      row("5", "102", "CLOSED_LOST", "9000", 0, "2026-04-03"));

  @Test
  void overallSplitsCommitBestCaseAndPipelineByTheProbabilityThresholds() {
    assertThat(ForecastRollup.of(ROWS, ForecastModel.defaults(), ForecastRollup.By.ALL)).singleElement()
        .satisfies(line -> {
          assertThat(line.openDeals()).isEqualTo(3);
          assertThat(line.commit()).as("80 >= 75").isEqualByComparingTo("10000");
          assertThat(line.bestCase()).as("80 and 50 >= 50").isEqualByComparingTo("30000");
          assertThat(line.pipeline()).isEqualByComparingTo("35000");
          assertThat(line.weighted()).as("8000 + 10000 + 500").isEqualByComparingTo("18500");
          assertThat(line.won()).isEqualByComparingTo("7000");
        });
  }

  @Test
  void perOwnerAndPerQuarterEndWithTheOverallLine() {
    assertThat(ForecastRollup.of(ROWS, ForecastModel.defaults(), ForecastRollup.By.OWNER))
        .extracting(RollupLine::group, l -> l.pipeline().intValue())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("101", 30000), org.assertj.core.groups.Tuple.tuple("102", 5000),
            org.assertj.core.groups.Tuple.tuple("all", 35000));
    assertThat(ForecastRollup.of(ROWS, ForecastModel.defaults(), ForecastRollup.By.QUARTER))
        .extracting(RollupLine::group).containsExactly("2026-Q2", "2026-Q3", "all");
  }
}
