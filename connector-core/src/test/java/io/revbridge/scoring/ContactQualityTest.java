package io.revbridge.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ContactQualityTest {
  private final ContactQualityRule rule = new ContactQualityRule(LeadScoringModel.defaults());

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "VP Sales | 25 | VP Sales is a decision maker",
      "Sales Manager | 20 | Sales Manager is an influencer",
      "Software Engineer | 15 | Software Engineer is a user",
      "Marketing Intern | 5 | Marketing Intern is not a recognised buying role"})
  void roleGivesPointsAndAReadableReason(String title, int points, String text) {
    assertThat(rule.score(People.person().title(title).build())).isEqualTo(new ScoreReason("Contact quality", points, 25, text));
  }

  @Test
  void noTitleSaysSo() {
    assertThat(rule.score(People.person().build())).isEqualTo(new ScoreReason("Contact quality", 5, 25, "no job title"));
  }
}
