package io.revbridge.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TitleRolesTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "CEO | DECISION_MAKER",
      "Chief Revenue Officer | DECISION_MAKER",
      "CTO & Co-Founder | DECISION_MAKER",
      "Founder | DECISION_MAKER",
      "Owner | DECISION_MAKER",
      "President | DECISION_MAKER",
      "VP Sales | DECISION_MAKER",
      "SVP, Marketing | DECISION_MAKER",
      "Vice President of Engineering | DECISION_MAKER",
      "Head of Revenue Operations | DECISION_MAKER",
      "Managing Director | DECISION_MAKER",
      "Director of Sales | INFLUENCER",
      "Engineering Manager | INFLUENCER",
      "Team Lead, Customer Success | INFLUENCER",
      "Product Owner | INFLUENCER",
      "Software Engineer | USER",
      "Data Analyst | USER",
      "Frontend Developer | USER",
      "Marketing Specialist | USER",
      "Events Coordinator | USER",
      "Account Executive | USER",
      "Sales Development Representative | USER",
      "Senior Consultant | USER",
      "Marketing Intern | UNKNOWN",
      "Student | UNKNOWN",
      "Astronaut | UNKNOWN"})
  void titlesAreReadAsRoles(String title, Role role) {
    assertThat(TitleRoles.classify(title)).isEqualTo(role);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void noTitleIsUnknown(String title) {
    assertThat(TitleRoles.classify(title)).isEqualTo(Role.UNKNOWN);
  }
}
