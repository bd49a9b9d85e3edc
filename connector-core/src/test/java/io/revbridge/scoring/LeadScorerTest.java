package io.revbridge.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.enrichment.EnrichedPerson;
import io.revbridge.enrichment.title.BuyingRole;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeadScorerTest {
  private final LeadScorer scorer = LeadScorer.withDefaults();

  @Test
  void vpAtATargetCompanyWhoSawPricingIsHotWithReasonsInOrderOfImpact() {
    EnrichedPerson dana = People.person().title("VP Sales").role(BuyingRole.DECISION_MAKER)
        .intent(true, 0, true, 0, 0).at(People.company(120, "COMPUTER_SOFTWARE")).enriched();

    LeadScore score = scorer.score(dana);

    assertThat(score.score()).isEqualTo(85);
    assertThat(score.grade()).isEqualTo(Grade.HOT);
    assertThat(score.categories()).isEqualTo(new CategoryPoints(25, 25, 25, 10));
    assertThat(score.reasonsText()).isEqualTo("""
        Score 85 (HOT)
        +25 company fit: 120 employees (25), target industry Computer Software (25)
        +25 decision maker: title 'VP Sales'
        +15 visited pricing page
        +15 attended a webinar
        +10 general interest: no timing signal yet
        \u22125 intent capped at 25""");
  }

  @Test
  void unknownContactWithNothingGoingOnIsUnqualifiedAndMissingDataIsNamed() {
    LeadScore score = scorer.score(People.person().enriched());

    assertThat(score.score()).as("fit (10+5)/2=8, role 5, intent 0, timing 10").isEqualTo(23);
    assertThat(score.grade()).isEqualTo(Grade.UNQUALIFIED);
    assertThat(score.reasons()).extracting(ScoreReason::line).containsExactly(
        "+10 general interest: no timing signal yet",
        "+8 company fit: company size unknown (10), industry unknown (5)",
        "+5 buying role unknown: no job title",
        "+0 no intent signals yet");
  }

  @Test
  void analystAtAMidSizedFinanceFirmInABudgetCycleIsWarm() {
    EnrichedPerson sam = People.person().title("Data Analyst").role(BuyingRole.USER).intent(false, 1, false, 2, 0)
        .timing(false, true, false).at(People.company(35, "FINANCIAL_SERVICES")).enriched();

    LeadScore score = scorer.score(sam);

    assertThat(score.score()).as("fit (20+15)/2=18, user 15, intent 20, budget 20").isEqualTo(73);
    assertThat(score.grade()).isEqualTo(Grade.WARM);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"0, UNQUALIFIED", "39, UNQUALIFIED", "40, COLD", "59, COLD", "60, WARM", "79, WARM", "80, HOT", "100, HOT"})
  void gradeBoundaries(int score, Grade grade) {
    assertThat(LeadScoringModel.defaults().gradeFor(score)).isEqualTo(grade);
  }

  @Test
  void reasonsAreCutByWholeLinesKeepingTheMostImportant() {
    LeadScore score = scorer.score(People.person().title("VP Sales").role(BuyingRole.DECISION_MAKER)
        .intent(true, 0, true, 0, 0).at(People.company(120, "COMPUTER_SOFTWARE")).enriched());
    String full = score.reasonsText();
    String firstThree = String.join("\n", full.lines().limit(3).toList());

    assertThat(score.reasonsText(firstThree.length())).isEqualTo(firstThree);
    assertThat(score.reasonsText(firstThree.length() + 5)).as("the 4th line does not fit whole").isEqualTo(firstThree);
    assertThat(score.reasonsText(full.length())).isEqualTo(full);
    assertThat(score.reasonsText(6)).as("a field too short for the headline gets its start").isEqualTo("Score ");
  }

  @Test
  void sameInputGivesTheSameScoreAndText() {
    EnrichedPerson dana = People.person().title("Director of IT").role(BuyingRole.INFLUENCER).industry("IT Services")
        .employees(75).intent(true, 3, false, 5, 2).timing(false, false, true).enriched();

    assertThat(scorer.score(dana)).isEqualTo(scorer.score(dana));
  }

  @Test
  void anyLeadScoresWithinBoundsItsReasonsAddUpAndItsGradeMatchesItsTotal() {
    Random random = new Random(20260302L);
    String[] industries = {null, "COMPUTER_SOFTWARE", "Telecommunications", "RETAIL", "Underwater Basket Weaving"};
    BuyingRole[] roles = {null, BuyingRole.DECISION_MAKER, BuyingRole.INFLUENCER, BuyingRole.USER, BuyingRole.UNKNOWN};
    for (int i = 0; i < 500; i++) {
      EnrichedPerson person = People.person()
          .title(random.nextBoolean() ? null : "Some Title")
          .role(roles[random.nextInt(roles.length)])
          .industry(industries[random.nextInt(industries.length)])
          .employees(random.nextBoolean() ? null : random.nextInt(1000))
          .intent(random.nextBoolean(), random.nextInt(4), random.nextBoolean(), random.nextInt(5), random.nextInt(3))
          .timing(random.nextBoolean(), random.nextBoolean(), random.nextBoolean())
          .enriched();

      LeadScore score = scorer.score(person);

      assertThat(score.score()).isBetween(0, 100);
      assertThat(score.score()).isEqualTo(score.reasons().stream().mapToInt(ScoreReason::points).sum());
      assertThat(score.score()).isEqualTo(score.categories().total());
      assertThat(score.reasons()).extracting(r -> Math.abs(r.points())).isSortedAccordingTo((a, b) -> b - a);
      assertThat(score.grade()).isEqualTo(LeadScoringModel.defaults().gradeFor(score.score()));
    }
  }
}
