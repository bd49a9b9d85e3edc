package io.revbridge.enrichment.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.enrichment.EnrichmentFields;
import io.revbridge.enrichment.EnrichmentInputs;
import io.revbridge.enrichment.EnrichmentResult;
import io.revbridge.enrichment.FailureCounter;
import io.revbridge.enrichment.InMemoryEnrichmentCache;
import io.revbridge.enrichment.Provenanced;
import io.revbridge.enrichment.Waterfall;
import io.revbridge.enrichment.derived.IndustryClassifier;
import io.revbridge.enrichment.firmographics.FirmographicsCsv;
import io.revbridge.enrichment.title.TitleClassifier;
import io.revbridge.model.Person;
import io.revbridge.model.RecordRef;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The local providers together: a raw CRM contact comes out with role, domain, firmographics and derived fields. */
class BuiltInProvidersTest {
  private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

  private static Person contact(String email, String title, String country) {
    return new Person(new RecordRef("hubspot", "contacts", "42"), null, null, email, "Jane", "Doe", title, null, null,
        null, null, null, country, null, null, null, null, null, null, null, null, null, null);
  }

  private final Waterfall waterfall = new Waterfall(BuiltInProviders.plan(TitleClassifier.builtIn(),
      FirmographicsCsv.parse("domain,employees,industry,country\nacme.com,120,Computer Software,Germany\n", "firms.csv"),
      IndustryClassifier.defaults(), List.of()), new InMemoryEnrichmentCache(), FailureCounter.NONE,
      Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void aContactIsEnrichedFromItsEmailTitleAndTheFirmographicsFile() {
    EnrichmentResult result = waterfall.enrich(EnrichmentInputs.of(contact("jane@acme.com", "VP Sales", null), null));

    assertThat(result.fields().get(EnrichmentFields.PERSON_ROLE))
        .isEqualTo(new Provenanced<>("DECISION_MAKER", "title-rules", 0.9, NOW));
    assertThat(result.fields().get(EnrichmentFields.PERSON_ROLE).summary()).isEqualTo("title-rules 0.9");
    assertThat(result.value(EnrichmentFields.PERSON_SENIORITY)).isEqualTo("VP");
    assertThat(result.value(EnrichmentFields.PERSON_DEPARTMENT)).isEqualTo("SALES");
    assertThat(result.fields().get(EnrichmentFields.COMPANY_DOMAIN).provider()).isEqualTo("email-domain");
    assertThat(result.value(EnrichmentFields.COMPANY_EMPLOYEES)).isEqualTo(120);
    assertThat(result.value(EnrichmentFields.COMPANY_SIZE_BAND)).isEqualTo("50-200");
    assertThat(result.value(EnrichmentFields.COMPANY_REGION)).isEqualTo("EUROPE");
    assertThat(result.value(EnrichmentFields.COMPANY_INDUSTRY_CLASS)).isEqualTo("TARGET");
    assertThat(result.failures()).isEmpty();
  }

  @Test
  void theCountryAHumanEnteredBeatsTheFile() {
    EnrichmentResult result = waterfall.enrich(EnrichmentInputs.of(contact("jane@acme.com", "CEO", "Canada"), null));

    assertThat(result.fields().get(EnrichmentFields.COMPANY_COUNTRY).provider()).isEqualTo(Provenanced.CRM);
    assertThat(result.value(EnrichmentFields.COMPANY_REGION)).isEqualTo("NORTH_AMERICA");
  }

  @Test
  void aFreeMailContactGetsNoCompanyFacts() {
    EnrichmentResult result = waterfall.enrich(EnrichmentInputs.of(contact("jane@gmail.com", "Growth Hacker", null), null));

    assertThat(result.value(EnrichmentFields.PERSON_FREE_MAIL)).isEqualTo(true);
    assertThat(result.fields()).doesNotContainKeys(EnrichmentFields.COMPANY_DOMAIN, EnrichmentFields.COMPANY_EMPLOYEES,
        EnrichmentFields.PERSON_ROLE);
  }
}
