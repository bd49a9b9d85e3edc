package io.revbridge.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.enrichment.builtin.BuiltInProviders;
import io.revbridge.enrichment.derived.IndustryClass;
import io.revbridge.enrichment.derived.Region;
import io.revbridge.enrichment.title.BuyingRole;
import io.revbridge.enrichment.title.Department;
import io.revbridge.enrichment.title.Seniority;
import io.revbridge.model.Company;
import io.revbridge.model.Person;
import io.revbridge.model.RecordRef;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnrichedPersonTest {
  private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
  private final Waterfall waterfall = new Waterfall(BuiltInProviders.defaults(), new InMemoryEnrichmentCache(),
      FailureCounter.NONE, Clock.fixed(NOW, ZoneOffset.UTC));

  private static Person contact(String title, Integer employees, String industry, String country) {
    return new Person(new RecordRef("hubspot", "contacts", "42"), null, null, "jane@acme.com", "Jane", "Doe", title,
        null, null, null, industry, employees, country, null, null, null, null, null, null, null, null, null, null);
  }

  @Test
  void enrichedValuesAreReadAsTheirEnums() {
    Person person = contact("VP Sales", 120, "Computer Software", "Germany");
    EnrichedPerson enriched = new EnrichedPerson(person, Optional.empty(),
        waterfall.enrich(EnrichmentInputs.of(person, null)));

    assertThat(enriched.role()).isEqualTo(BuyingRole.DECISION_MAKER);
    assertThat(enriched.seniority()).isEqualTo(Seniority.VP);
    assertThat(enriched.department()).contains(Department.SALES);
    assertThat(enriched.employees()).contains(120);
    assertThat(enriched.region()).contains(Region.EUROPE);
    assertThat(enriched.industryClass()).contains(IndustryClass.TARGET);
    assertThat(enriched.sizeBand()).contains("50-200");
  }

  @Test
  void anUnenrichedPersonFallsBackToTheCompanyRecordThenItsOwnFields() {
    Company company = new Company(new RecordRef("hubspot", "companies", "7"), null, "Acme", "acme.com", null,
        300, null, "US", null, null, null, null);
    EnrichedPerson enriched = EnrichedPerson.unenriched(contact("VP Sales", 12, "Banking", null), Optional.of(company));

    assertThat(enriched.role()).isEqualTo(BuyingRole.UNKNOWN);
    assertThat(enriched.employees()).contains(300);
    assertThat(enriched.industry()).contains("Banking");
    assertThat(enriched.country()).contains("US");
    assertThat(enriched.region()).isEmpty();
  }
}
