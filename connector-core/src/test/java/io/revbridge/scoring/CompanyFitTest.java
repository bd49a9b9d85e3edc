package io.revbridge.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompanyFitTest {
  private final CompanyFitRule rule = new CompanyFitRule(LeadScoringModel.defaults());

  private ScoreReason fit(Integer employees, String industry) {
    return rule.score(People.person().at(People.company(employees, industry)).enriched());
  }

  @ParameterizedTest(name = "{0} employees give {1} size points")
  @CsvSource({"0, 10", "19, 10", "20, 20", "49, 20", "50, 25", "200, 25", "201, 15", "5000, 15"})
  void sizeBandsAndTheirBoundaries(int employees, int sizePoints) {
    assertThat(fit(employees, "COMPUTER_SOFTWARE").text())
        .startsWith("company fit: " + employees + " employees (" + sizePoints + ")");
  }

  @Test
  void unknownSizeScoresTheLowestBandAndIsNamed() {
    ScoreReason reason = fit(null, "COMPUTER_SOFTWARE");

    assertThat(reason.line())
        .isEqualTo("+18 company fit: company size unknown (10), target industry Computer Software (25)");
  }

  @ParameterizedTest(name = "{0} gives {1} industry points")
  @CsvSource(delimiter = '|', value = {
      "COMPUTER_SOFTWARE | 25",
      "Computer Software | 25",
      "INFORMATION_TECHNOLOGY_AND_SERVICES | 25",
      "Information Technology & Services | 25",
      "information technology and services | 25",
      "IT Services | 25",
      "FINANCIAL_SERVICES | 15",
      "Marketing & Advertising | 15",
      "TELECOMMUNICATIONS | 15",
      "HOSPITAL_HEALTH_CARE | 5",
      "RETAIL | 5"})
  void enumAndFreeTextIndustriesScoreAlike(String industry, int industryPoints) {
    assertThat(fit(120, industry).text()).endsWith("(" + industryPoints + ")");
  }

  @Test
  void averageOfSizeAndIndustryIsRoundedHalfUp() {
    assertThat(fit(120, "COMPUTER_SOFTWARE").points()).isEqualTo(25);
    assertThat(fit(120, "FINANCIAL_SERVICES").points()).as("(25 + 15) / 2").isEqualTo(20);
    assertThat(fit(500, "RETAIL").points()).as("(15 + 5) / 2").isEqualTo(10);
    assertThat(fit(10, "FINANCIAL_SERVICES").points()).as("(10 + 15) / 2 = 12.5").isEqualTo(13);
    assertThat(fit(30, "RETAIL").points()).as("(20 + 5) / 2 = 12.5").isEqualTo(13);
  }

  @Test
  void reasonNamesSizeAndIndustryForARep() {
    assertThat(fit(120, "COMPUTER_SOFTWARE")).isEqualTo(new ScoreReason("companyFit", 25,
        "company fit: 120 employees (25), target industry Computer Software (25)"));
    assertThat(fit(1, "RETAIL").text()).isEqualTo("company fit: 1 employee (10), other industry Retail (5)");
    assertThat(fit(null, null).line()).isEqualTo("+8 company fit: company size unknown (10), industry unknown (5)");
    assertThat(fit(60, "Marketing & Advertising").text()).endsWith("adjacent industry Marketing & Advertising (15)");
  }

  @Test
  void theCompanyRecordWinsOverThePersonsOwnFields() {
    var person = People.person().employees(10).industry("RETAIL").at(People.company(120, "COMPUTER_SOFTWARE"));

    assertThat(rule.score(person.enriched()).points()).isEqualTo(25);
  }

  @Test
  void thePersonsOwnFieldsFillInWhatTheCompanyDoesNotKnow() {
    var person = People.person().employees(120).industry("Computer Software");

    assertThat(rule.score(person.at(People.company(null, " ")).enriched()).text())
        .isEqualTo("company fit: 120 employees (25), target industry Computer Software (25)");
    assertThat(rule.score(person.at(Optional.empty()).enriched()).points()).isEqualTo(25);
  }
}
