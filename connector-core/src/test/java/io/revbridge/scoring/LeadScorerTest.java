package io.revbridge.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.model.Person;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LeadScorerTest {
  private final LeadScorer scorer = LeadScorer.withDefaults();

  @Test
  void vpAtATargetCompanyWhoSawPricingIsHotWithReasonsARepCanRead() {
    Person dana = People.person().title("VP Sales").intent(true, 0, true, 0, 0).build();

    LeadScore score = scorer.score(dana, People.company(120, "COMPUTER_SOFTWARE"));

    assertThat(score.score()).isEqualTo(85);
    assertThat(score.grade()).isEqualTo(Grade.HOT);
    assertThat(score.reasonsText()).isEqualTo("""
        Score 85 (HOT)
        Company fit 25/25: 120 employees (25) · Computer Software is a target industry (25)
        Contact quality 25/25: VP Sales is a decision maker
        Intent 25/25: visited the pricing page (+15), attended a webinar (+15) — capped at 25
        Timing 10/25: no timing signal yet, general interest""");
  }

  @Test
  void unknownContactWithNothingGoingOnIsUnqualified() {
    LeadScore score = scorer.score(People.person().build(), Optional.empty());

    assertThat(score.score()).isEqualTo(5 + 5 + 0 + 10);
    assertThat(score.grade()).isEqualTo(Grade.UNQUALIFIED);
    assertThat(score.reasons()).extracting(ScoreReason::category)
        .containsExactly("Company fit", "Contact quality", "Intent", "Timing");
  }

  @Test
  void engineerAtAMidSizedFinanceFirmInABudgetCycleIsWarm() {
    Person sam = People.person().title("Data Analyst").intent(false, 1, false, 2, 0).timing(false, true, false).build();

    LeadScore score = scorer.score(sam, People.company(35, "FINANCIAL_SERVICES"));

    assertThat(score.score()).as("fit (20+15)/2=18, user 15, intent 20, budget 20").isEqualTo(73);
    assertThat(score.grade()).isEqualTo(Grade.WARM);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"0, UNQUALIFIED", "39, UNQUALIFIED", "40, COLD", "59, COLD", "60, WARM", "79, WARM", "80, HOT", "100, HOT"})
  void gradeBoundaries(int score, Grade grade) {
    assertThat(LeadScoringModel.defaults().gradeFor(score)).isEqualTo(grade);
  }

  @Test
  void sameInputGivesTheSameScoreAndText() {
    Person dana = People.person().title("Director of IT").industry("IT Services").employees(75)
        .intent(true, 3, false, 5, 2).timing(false, false, true).build();

    assertThat(scorer.score(dana, Optional.empty())).isEqualTo(scorer.score(dana, Optional.empty()));
  }

  @Test
  void anyLeadScoresWithinBoundsAndItsGradeMatchesItsTotal() {
    Random random = new Random(20260302L);
    String[] titles = {null, "CEO", "Sales Manager", "Developer", "Intern", "Astronaut"};
    String[] industries = {null, "COMPUTER_SOFTWARE", "Telecommunications", "RETAIL", "Underwater Basket Weaving"};
    for (int i = 0; i < 500; i++) {
      Person person = People.person()
          .title(titles[random.nextInt(titles.length)])
          .industry(industries[random.nextInt(industries.length)])
          .employees(random.nextBoolean() ? null : random.nextInt(1000))
          .intent(random.nextBoolean(), random.nextInt(4), random.nextBoolean(), random.nextInt(5), random.nextInt(3))
          .timing(random.nextBoolean(), random.nextBoolean(), random.nextBoolean())
          .build();

      LeadScore score = scorer.score(person, Optional.empty());

      assertThat(score.score()).isBetween(0, 100);
      assertThat(score.reasons()).allSatisfy(reason -> assertThat(reason.points()).isBetween(0, reason.max()));
      assertThat(score.score()).isEqualTo(score.reasons().stream().mapToInt(ScoreReason::points).sum());
      assertThat(score.grade()).isEqualTo(LeadScoringModel.defaults().gradeFor(score.score()));
    }
  }
}
