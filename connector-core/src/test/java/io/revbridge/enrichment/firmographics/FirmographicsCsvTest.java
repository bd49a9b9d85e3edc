package io.revbridge.enrichment.firmographics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revbridge.enrichment.EnrichmentFields;
import io.revbridge.enrichment.EnrichmentInput;
import io.revbridge.enrichment.ProviderAnswer;
import io.revbridge.enrichment.data.DataFileException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FirmographicsCsvTest {
  private static final String FILE = """
      domain,employees,industry,annual_revenue,country,technologies
      www.Acme.com,250,Computer Software,12500000,US,Salesforce;Slack
      globex.de,12,Telecommunications,,DE,
      initech.com,many,Banking,,US,
      bad domain,10,Retail,,US,
      hooli.com,5000,Internet,1e9x,US,
      "umbrella.co.uk",1_200,"Pharmaceuticals, Biotech",,GB,HubSpot
      """;

  @Test
  void goodRowsLoadAndBadRowsAreReportedWithTheirLines() {
    FirmographicsTable table = FirmographicsCsv.parse(FILE, "firms.csv");

    assertThat(table.byDomain()).containsOnlyKeys("acme.com", "globex.de", "umbrella.co.uk");
    assertThat(table.find("acme.com")).hasValue(new Firmographics("acme.com", 250, "Computer Software",
        new BigDecimal("12500000"), "US", List.of("Salesforce", "Slack")));
    assertThat(table.find("umbrella.co.uk").orElseThrow().industry()).isEqualTo("Pharmaceuticals, Biotech");
    assertThat(table.problems()).extracting(Object::toString).containsExactly(
        "firms.csv:4: employees 'many' is not a whole number; write a count such as 250, or leave it empty",
        "firms.csv:5: domain 'bad domain' is not a domain; write a domain such as acme.com (a website URL works too)",
        "firms.csv:6: annual_revenue '1e9x' is not a number; write plain digits such as 12500000 (no currency sign "
            + "or thousands separators)");
  }

  @Test
  void anUnknownColumnFailsTheFileNamingTheColumns() {
    assertThatThrownBy(() -> FirmographicsCsv.parse("domain,headcount\nacme.com,3\n", "firms.csv"))
        .isInstanceOf(DataFileException.class)
        .hasMessage("firms.csv:1: unknown column 'headcount'; name the columns from [domain, employees, industry, "
            + "annual_revenue, country, technologies] (domain is required)");
  }

  @Test
  void theProviderLooksUpTheNormalisedCompanyDomain() {
    FirmographicsProvider provider = new FirmographicsProvider(FirmographicsCsv.parse(FILE, "firms.csv"), 0.9);

    List<ProviderAnswer> answers = provider.enrich(List.of(
        EnrichmentInput.of("a", Map.of(EnrichmentFields.COMPANY_DOMAIN, "https://acme.com/")),
        EnrichmentInput.of("b", Map.of(EnrichmentFields.COMPANY_DOMAIN, "unknown.org")),
        EnrichmentInput.of("c", Map.of())));

    assertThat(answers.get(0).candidates().get(EnrichmentFields.COMPANY_EMPLOYEES).value()).isEqualTo(250);
    assertThat(answers.get(0).candidates().get(EnrichmentFields.COMPANY_EMPLOYEES).confidence()).isEqualTo(0.9);
    assertThat(answers.get(1).candidates()).isEmpty();
    assertThat(answers.get(1).failed()).isFalse();
    assertThat(answers.get(2).candidates()).isEmpty();
  }
}
