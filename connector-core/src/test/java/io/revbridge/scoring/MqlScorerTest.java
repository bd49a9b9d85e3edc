package io.revbridge.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.enrichment.title.BuyingRole;
import io.revbridge.model.IntentSignals;
import io.revbridge.model.Person;
import io.revbridge.enrichment.EnrichedPerson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MqlScorerTest {
  private final MqlScorer scorer = new MqlScorer(MqlModel.defaults(), LeadScoringModel.defaults());

  private static EnrichedPerson withIntent(People people, IntentSignals intent) {
    Person p = people.build();
    Person withSignals = new Person(p.ref(), p.modifiedAt(), p.kind(), p.email(), p.firstName(), p.lastName(),
        p.title(), p.phone(), p.companyName(), p.website(), p.industry(), p.employees(), p.country(), p.state(),
        p.city(), p.lifecycleStage(), p.leadStatus(), p.source(), p.currentSolution(), p.ownerId(), p.companyRef(),
        intent, p.timing());
    EnrichedPerson enriched = people.enriched();
    return new EnrichedPerson(withSignals, enriched.company(), enriched.enrichment());
  }

  private static IntentSignals intent(int pageViews, int downloads, boolean pricing, boolean demo, boolean trial) {
    return new IntentSignals(pageViews, 0, pricing, downloads, false, 0, demo, trial);
  }

  @Test
  void everySignalAddsItsPointsWithReasonsInOrderOfImpact() {
    EnrichedPerson dana = withIntent(People.person().title("VP Sales").role(BuyingRole.DECISION_MAKER)
        .at(People.company(120, "COMPUTER_SOFTWARE")), intent(3, 1, true, false, false));

    MqlScore mql = scorer.score(dana);

    assertThat(mql.score()).as("25 + 20 + 15 + 3x2 + 5 + 15").isEqualTo(86);
    assertThat(mql.qualified()).isTrue();
    assertThat(mql.reasons()).extracting(ScoreReason::line).containsExactly(
        "+25 target company size: 120 employees",
        "+20 target industry Computer Software",
        "+15 target title 'VP Sales' (decision maker)",
        "+15 visited pricing page",
        "+6 3 page views",
        "+5 downloaded 1 resource");
  }

  @Test
  void pageViewsStopAtTheirMaximum() {
    MqlScore mql = scorer.score(withIntent(People.person(), intent(40, 0, false, false, false)));

    assertThat(mql.reasons()).extracting(ScoreReason::line).contains("+20 40 page views (up to 20)");
  }

  @ParameterizedTest(name = "{0} minutes on site: +{1}")
  @CsvSource(delimiter = '|', value = {
      "1 | 3  | +3 1 minute on site",
      "4 | 12 | +12 4 minutes on site",
      "5 | 15 | +15 5 minutes on site",
      "6 | 15 | +15 6 minutes on site (up to 15)",
      "90 | 15 | +15 90 minutes on site (up to 15)"})
  void minutesOnSiteCountThreeEachUpToFifteen(int minutes, int points, String reason) {
    MqlScore mql = scorer.score(withIntent(People.person(),
        new IntentSignals(0, 0, false, 0, false, 0, false, false, minutes)));

    assertThat(mql.score()).isEqualTo(points);
    assertThat(mql.reasons()).extracting(ScoreReason::line).contains(reason);
  }

  @Test
  void noTimeOnSiteGivesNoPointsAndNoReason() {
    MqlScore mql = scorer.score(withIntent(People.person(), IntentSignals.NONE));

    assertThat(mql.score()).isZero();
    assertThat(mql.reasons()).extracting(ScoreReason::line).noneMatch(line -> line.contains("on site"));
  }

  @Test
  void theTotalIsCappedAtOneHundredAndTheCapIsAReason() {
    MqlScore mql = scorer.score(withIntent(People.person().title("CEO").role(BuyingRole.DECISION_MAKER)
        .at(People.company(100, "SaaS")), intent(20, 4, true, true, true)));

    assertThat(mql.score()).isEqualTo(100);
    assertThat(mql.reasons().stream().mapToInt(ScoreReason::points).sum()).isEqualTo(100);
    assertThat(mql.reasons().get(0).line()).as("the biggest impact first").isEqualTo("\u221270 MQL score capped at 100");
  }

  @Test
  void missingCompanyDataIsNamed() {
    MqlScore mql = scorer.score(withIntent(People.person(), intent(0, 0, false, false, true)));

    assertThat(mql.score()).isEqualTo(30);
    assertThat(mql.reasons()).extracting(ScoreReason::line)
        .containsExactly("+30 signed up for a trial", "+0 company size unknown", "+0 industry unknown");
  }

  @ParameterizedTest(name = "{0} points: qualified {1}")
  @CsvSource({"69, false, 2, 4", "70, true, 0, 5"})
  void theThresholdIsInclusive(int score, boolean qualified, int views, int downloads) {
    // target size 25 + industry 20 = 45; page views x2 and downloads x5 make up the rest
    MqlScore mql = scorer.score(withIntent(People.person().at(People.company(120, "SaaS")),
        new IntentSignals(views, 0, false, downloads, false, 0, false, false)));

    assertThat(mql.score()).isEqualTo(score);
    assertThat(mql.qualified()).isEqualTo(qualified);
  }

  @Test
  void crossingMeansReachingTheThresholdFromBelowOrFromNeverScored() {
    MqlScore qualified = new MqlScore(75, true, java.util.List.of());
    assertThat(qualified.crossedFrom(null)).isTrue();
    assertThat(qualified.crossedFrom(false)).isTrue();
    assertThat(qualified.crossedFrom(true)).isFalse();
    assertThat(new MqlScore(40, false, java.util.List.of()).crossedFrom(true)).isFalse();
  }
}
