package io.revbridge.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.revbridge.enrichment.EnrichmentResult;
import io.revbridge.enrichment.FailureKind;
import io.revbridge.enrichment.ProviderFailure;
import io.revbridge.enrichment.Provenanced;
import io.revbridge.enrichment.derived.Region;
import io.revbridge.model.RecordRef;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnrichmentResultJsonTest {
  /** Json's mapper as it was before it wrote enrichment results itself. */
  private static final ObjectMapper GENERIC = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  @Test
  void writesWhatJacksonsRecordSerialisationWrites() throws Exception {
    Instant crm = Instant.parse("2026-11-27T12:00:00Z");
    Instant rules = Instant.parse("2026-11-27T12:00:00.000123456Z");
    Map<String, Provenanced<?>> fields = new LinkedHashMap<>();
    fields.put("person.country", new Provenanced<>("Germany", Provenanced.CRM, 1.0, crm));
    fields.put("company.employees", new Provenanced<>(31, Provenanced.CRM, 1.0, crm));
    fields.put("company.annualRevenue", new Provenanced<>(7_409_000_000L, "firmographics", 0.75, rules));
    fields.put("person.disposableEmail", new Provenanced<>(false, "email-domain", 1.0, rules));
    fields.put("company.region", new Provenanced<>(Region.EUROPE, "derived", 1.0, Instant.parse("2026-11-27T12:00:00.5Z")));
    fields.put("person.matchedAccount", new Provenanced<>(new RecordRef("c", "companies", "7"), "matching", 0.9,
        Instant.parse("1969-12-31T23:59:59.999Z")));
    fields.put("person.title", new Provenanced<>("Head of \"R&D\" \u00e9", "title-rules", 0.9, rules));
    EnrichmentResult result = new EnrichmentResult("c/contacts/1", fields,
        List.of(new ProviderFailure("vendor", "c/contacts/1", FailureKind.TIMEOUT, "no answer in 2 s")));

    // the same instants formatted once per result must still each show their own time
    assertThat(Json.write(result)).isEqualTo(GENERIC.writeValueAsString(result));
  }

  @Test
  void writesAnEmptyResultAndAMissingKeyAsJacksonDoes() throws Exception {
    EnrichmentResult empty = new EnrichmentResult(null, Map.of(), List.of());

    assertThat(Json.write(empty)).isEqualTo(GENERIC.writeValueAsString(empty));
  }
}
