package io.revbridge.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.enrichment.title.BuyingRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContactQualityTest {
  private final ContactQualityRule rule = new ContactQualityRule(LeadScoringModel.defaults());

  @ParameterizedTest(name = "{0} as {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "VP Sales | DECISION_MAKER | 25 | decision maker: title 'VP Sales'",
      "Sales Manager | INFLUENCER | 20 | influencer: title 'Sales Manager'",
      "Software Engineer | USER | 15 | user: title 'Software Engineer'",
      "Marketing Intern | UNKNOWN | 5 | buying role unknown: title 'Marketing Intern'"})
  void theRoleEnrichmentSettledGivesPointsAndNamesTheTitle(String title, BuyingRole role, int points, String text) {
    assertThat(rule.score(People.person().title(title).role(role).enriched()))
        .isEqualTo(new ScoreReason("contactQuality", points, text));
  }

  @Test
  void noTitleIsNamedAsMissingAndScoresTheLowestBand() {
    assertThat(rule.score(People.person().enriched()))
        .isEqualTo(new ScoreReason("contactQuality", 5, "buying role unknown: no job title"));
  }

  @Test
  void scoringDoesNotGuessARoleFromTheTitleItself() {
    assertThat(rule.score(People.person().title("CEO").enriched()).points())
        .as("without enrichment the role is unknown: one classifier, in enrichment").isEqualTo(5);
  }
}
