package io.revbridge.enrichment.derived;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.enrichment.EnrichmentFields;
import io.revbridge.enrichment.EnrichmentInput;
import io.revbridge.enrichment.ProviderAnswer;
import io.revbridge.enrichment.Provenanced;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DerivedFieldsTest {
  private final Regions regions = Regions.builtIn();

  @ParameterizedTest(name = "{0} employees are in band {1}")
  @CsvSource({"0, <20", "19, <20", "20, 20-50", "49, 20-50", "50, 50-200", "199, 50-200", "200, 200-1000",
      "999, 200-1000", "1000, 1000+", "250000, 1000+"})
  void sizeBandsAndTheirBounds(int employees, String label) {
    assertThat(SizeBand.of(employees).label()).isEqualTo(label);
  }

  @ParameterizedTest(name = "{0} is in {1}")
  @CsvSource({"US, NORTH_AMERICA", "usa, NORTH_AMERICA", "United States, NORTH_AMERICA", "CAN, NORTH_AMERICA",
      "Canada, NORTH_AMERICA", "DE, EUROPE", "Deutschland, EUROPE", "germany, EUROPE", "UK, EUROPE",
      "United Kingdom, EUROPE", "GBR, EUROPE", "Россия, EUROPE", "France, EUROPE", "JP, ASIA_PACIFIC",
      "Australia, ASIA_PACIFIC", "India, ASIA_PACIFIC", "South Korea, ASIA_PACIFIC", "Brazil, LATIN_AMERICA",
      "México, LATIN_AMERICA", "MX, LATIN_AMERICA", "ARG, LATIN_AMERICA", "United Arab Emirates, OTHER",
      "Nigeria, OTHER", "ZA, OTHER", "Atlantis, OTHER"})
  void regionsFromNamesAndIsoCodes(String country, Region region) {
    assertThat(regions.of(country)).isEqualTo(region);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', value = {"COMPUTER_SOFTWARE | TARGET", "Software | TARGET",
      "Information Technology & Services | TARGET", "IT Services | TARGET", "FINANCIAL_SERVICES | ADJACENT",
      "Marketing & Advertising | ADJACENT", "telecommunications | ADJACENT", "Retail | OTHER", "'' | OTHER"})
  void industryClassesByDefault(String industry, IndustryClass expected) {
    assertThat(IndustryClassifier.defaults().of(industry)).isEqualTo(expected);
  }

  @Test
  void industryListsAreConfigurable() {
    IndustryClassifier mine = new IndustryClassifier(List.of("Retail"), List.of("Software"));

    assertThat(mine.of("RETAIL")).isEqualTo(IndustryClass.TARGET);
    assertThat(mine.of("Computer Software")).isEqualTo(IndustryClass.OTHER);
    assertThat(mine.of("software")).isEqualTo(IndustryClass.ADJACENT);
  }

  @Test
  void derivedValuesAreAsSureAsTheirSource() {
    Provenanced<Integer> vendorCount = new Provenanced<>(120, "vendor", 0.7, Instant.EPOCH);
    EnrichmentInput input = new EnrichmentInput("k",
        Map.of(EnrichmentFields.COMPANY_COUNTRY, "DE", EnrichmentFields.COMPANY_INDUSTRY, "Software"),
        Map.of(EnrichmentFields.COMPANY_EMPLOYEES, vendorCount));

    ProviderAnswer answer = DerivedFieldsProvider.defaults().enrich(List.of(input)).get(0);

    assertThat(answer.candidates().get(EnrichmentFields.COMPANY_SIZE_BAND).value()).isEqualTo("50-200");
    assertThat(answer.candidates().get(EnrichmentFields.COMPANY_SIZE_BAND).confidence()).isEqualTo(0.7);
    assertThat(answer.candidates().get(EnrichmentFields.COMPANY_REGION).value()).isEqualTo("EUROPE");
    assertThat(answer.candidates().get(EnrichmentFields.COMPANY_REGION).confidence()).isEqualTo(1.0);
    assertThat(answer.candidates().get(EnrichmentFields.COMPANY_INDUSTRY_CLASS).value()).isEqualTo("TARGET");
  }
}
