package io.revbridge.predictive;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.enrichment.EnrichedPerson;
import io.revbridge.enrichment.EnrichmentInputs;
import io.revbridge.enrichment.FailureCounter;
import io.revbridge.enrichment.InMemoryEnrichmentCache;
import io.revbridge.enrichment.Waterfall;
import io.revbridge.enrichment.builtin.BuiltInProviders;
import io.revbridge.model.Company;
import io.revbridge.model.IntentSignals;
import io.revbridge.model.Person;
import io.revbridge.model.RecordRef;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PersonFeaturesTest {
  private static final Instant T = Instant.parse("2026-03-01T00:00:00Z");
  private final Waterfall waterfall = new Waterfall(BuiltInProviders.defaults(), new InMemoryEnrichmentCache(),
      FailureCounter.NONE, Clock.systemUTC());

  private EnrichedPerson enriched(String title, int employees, int emails, String lifecycle) {
    RecordRef companyRef = new RecordRef("hs", "companies", "9");
    Company company = new Company(companyRef, T, "Northwind", "northwind.test", "Computer Software", employees,
        BigDecimal.ONE, "Germany", null, null, null, null);
    Person person = new Person(new RecordRef("hs", "contacts", "1"), T, null, "dana@northwind.test", "Dana", "Ng",
        title, null, "Northwind", null, null, null, null, null, null, lifecycle, "UNQUALIFIED", "PARTNER_REFERRAL",
        null, null, companyRef, new IntentSignals(12, 4, true, 0, false, emails, false, false), null);
    return new EnrichedPerson(person, Optional.of(company), waterfall.enrich(EnrichmentInputs.of(person, company)));
  }

  @Test
  void aPersonReadsAsARepWouldSayIt() {
    List<Feature> features = PersonFeatures.of(enriched("Director of IT", 120, 0, "customer"));

    assertThat(features).extracting(Feature::text).contains("Director of IT at a 50–200 company",
        "50–200 employees", "in Europe", "came from partner referral", "visited the pricing page",
        "no email engagement", "4 site visits");
    assertThat(features).extracting(Feature::key).contains("persona:DIRECTOR|IT|50-200", "size:50-200",
        "region:EUROPE", "source:partner_referral", "email:none", "visits:3+");
    assertThat(features).extracting(Feature::key).doesNotHaveDuplicates();
  }

  @Test
  void theOutcomeFieldsNeverBecomeFeatures() {
    List<Feature> customer = PersonFeatures.of(enriched("Director of IT", 120, 3, "customer"));
    List<Feature> lead = PersonFeatures.of(enriched("Director of IT", 120, 3, "lead"));

    assertThat(customer).isEqualTo(lead);
  }
}
