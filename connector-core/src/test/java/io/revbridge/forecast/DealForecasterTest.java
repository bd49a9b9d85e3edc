package io.revbridge.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.model.Deal;
import io.revbridge.model.DealSignals;
import io.revbridge.model.RecordRef;
import io.revbridge.scoring.ScoreReason;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DealForecasterTest {
  /** A Tuesday in May: not the last month of a quarter, not a holiday. */
  private static final LocalDate TODAY = LocalDate.parse("2026-05-12");
  private static final Instant RECENT = Instant.parse("2026-05-10T09:00:00Z");

  private final DealForecaster forecaster = new DealForecaster(ForecastModel.defaults());

  private static DealSignals signals(String competition, boolean... flags) {
    boolean[] f = new boolean[9];
    System.arraycopy(flags, 0, f, 0, flags.length);
    return new DealSignals(Instant.parse("2026-04-20T00:00:00Z"), RECENT, f[0], f[1], f[2], f[3], f[4], competition,
        f[5], f[6], f[7], f[8], null);
  }

  private static Deal deal(String stage, String amount, LocalDate close, DealSignals signals) {
    return new Deal(new RecordRef("hubspot-main", "deals", "77"), RECENT, "Northwind renewal",
        amount == null ? null : new BigDecimal(amount), stage, "default", close, null, "101", null, null, signals);
  }

  private DealForecast forecast(Deal deal) {
    return forecaster.forecast(deal, "hubspot", TODAY);
  }

  @ParameterizedTest(name = "{0} is {1}%")
  @CsvSource({"appointmentscheduled, 10", "qualifiedtobuy, 25", "presentationscheduled, 50",
      "decisionmakerboughtin, 75", "contractsent, 90", "closedwon, 100", "closedlost, 0"})
  void eachHubSpotStageHasItsBase(String stage, int probability) {
    assertThat(forecast(deal(stage, "1000", TODAY.plusDays(30), DealSignals.NONE)).probability())
        .isEqualTo(probability);
  }

  @Test
  void salesforceStageNamesAreMappedToo() {
    Deal deal = deal("Negotiation/Review", "1000", TODAY.plusDays(30), DealSignals.NONE);

    assertThat(forecaster.forecast(deal, "salesforce", TODAY).stage()).isEqualTo(ForecastStage.NEGOTIATION);
  }

  @Test
  void adjustmentsAddUpAndComeInOrderOfImpactWithExpectedValue() {
    // Proposal 50 + proposal sent 20 (furthest milestone) + no competition 15 + budget 20 + need 10 = 115 → 99
    DealForecast f = forecast(deal("presentationscheduled", "48000", TODAY.plusDays(20),
        signals("none", true, true, true, false, false, true, false, true, false)));

    assertThat(f.probability()).isEqualTo(99);
    assertThat(f.expectedValue()).isEqualByComparingTo("47520.00");
    assertThat(f.adjustments()).extracting(ScoreReason::line).containsExactly(
        "+50 stage Proposal ('presentationscheduled')",
        "+20 proposal sent",
        "+20 budget confirmed",
        "\u221216 clamped to 99% for an open deal",
        "+15 no competition",
        "+10 need confirmed");
    assertThat(f.adjustments().stream().mapToInt(ScoreReason::points).sum()).isEqualTo(f.probability());
    assertThat(f.confidence()).isEqualTo(ForecastConfidence.HIGH);
  }

  @Test
  void anOpenDealNeverFallsBelowTheClampMin() {
    // Qualification 10 + incumbent -15 + older than the cycle -20 = -25 → 1
    DealSignals old = new DealSignals(Instant.parse("2026-01-02T00:00:00Z"), RECENT, false, false, false, false,
        false, "incumbent", false, false, false, false, null);

    DealForecast f = forecast(deal("appointmentscheduled", "1000", TODAY.plusDays(10), old));

    assertThat(f.probability()).isEqualTo(1);
    assertThat(f.adjustments()).extracting(ScoreReason::line)
        .contains("\u221220 open longer than the 45-day average cycle (130 days)", "\u221215 replacing an incumbent",
            "+26 clamped to 1% for an open deal");
  }

  @Test
  void onlyTheFurthestMilestoneCounts() {
    DealForecast f = forecast(deal("qualifiedtobuy", "1000", TODAY.plusDays(30),
        signals("weak", true, true, true, true, true)));

    assertThat(f.adjustments()).extracting(ScoreReason::line).contains("+30 legal involved")
        .doesNotContain("+5 email engagement", "+15 demo completed");
    assertThat(f.probability()).as("25 + 30 + weak 5").isEqualTo(60);
  }

  @ParameterizedTest(name = "competition {0}: {1}")
  @CsvSource({"none, 15", "Weak, 5", "strong, -10", "incumbent, -15"})
  void competitionAdjusts(String competition, int points) {
    DealForecast f = forecast(deal("presentationscheduled", "1000", TODAY.plusDays(30), signals(competition)));

    assertThat(f.probability()).isEqualTo(50 + points);
  }

  @Test
  void lastMonthOfTheQuarterAndHolidaysAdjustByToday() {
    DealSignals ageUnknown = new DealSignals(null, RECENT, false, false, false, false, false, "weak", false, false,
        false, false, null);
    Deal deal = deal("presentationscheduled", "1000", LocalDate.parse("2027-01-30"), ageUnknown);

    assertThat(forecaster.forecast(deal, "hubspot", LocalDate.parse("2026-06-10")).probability()).isEqualTo(65);
    assertThat(forecaster.forecast(deal, "hubspot", LocalDate.parse("2026-12-22")).probability())
        .as("December: last month +10, holidays -5").isEqualTo(60);
  }

  @Test
  void risksAndNextStepsNameWhatIsWrong() {
    DealSignals stale = new DealSignals(Instant.parse("2026-04-20T00:00:00Z"), Instant.parse("2026-04-25T00:00:00Z"),
        false, false, false, false, false, null, false, false, false, false, null);

    DealForecast f = forecast(deal("presentationscheduled", null, TODAY.minusDays(3), stale));

    assertThat(f.risks()).containsExactly("no activity for 17 days", "no budget confirmed at Proposal",
        "close date in the past", "no amount");
    assertThat(f.nextSteps()).contains("confirm the budget", "update the close date", "send the proposal");
    assertThat(f.confidence()).isEqualTo(ForecastConfidence.LOW);
    assertThat(f.expectedValue()).isNull();
    assertThat(f.predictedClose()).as("past close date: today + (100-50)% of 45 days").isEqualTo(TODAY.plusDays(23));
    assertThat(f.adjustments()).extracting(ScoreReason::line).contains("+0 competition unknown");
  }

  @Test
  void anUnmappedStageCountsAsQualificationAndIsARisk() {
    DealForecast f = forecast(deal("1234567", "1000", TODAY.plusDays(5), DealSignals.NONE));

    assertThat(f.stage()).isNull();
    assertThat(f.probability()).isEqualTo(10);
    assertThat(f.risks()).contains("stage '1234567' is not mapped in the playbook");
  }

  @Test
  void closedDealsAreNotAdjustedOrClamped() {
    DealForecast won = forecast(deal("closedwon", "5000", TODAY, signals("incumbent", true)));

    assertThat(won.probability()).isEqualTo(100);
    assertThat(won.expectedValue()).isEqualByComparingTo("5000");
    assertThat(won.adjustments()).extracting(ScoreReason::line).containsExactly("+100 closed won");
  }

  @Test
  void reasonsTextIsCutByWholeLinesMostImportantFirst() {
    DealForecast f = forecast(deal("presentationscheduled", null, TODAY.minusDays(3), signals("strong")));
    String full = f.reasonsText();
    String two = String.join("\n", full.lines().limit(2).toList());

    assertThat(full).startsWith("Win probability 40% (LOW confidence)\n+50 stage Proposal");
    assertThat(full).contains("\nrisk: close date in the past");
    assertThat(f.reasonsText(two.length() + 3)).isEqualTo(two);
  }
}
