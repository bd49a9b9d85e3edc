package io.revbridge.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.enrichment.EnrichmentResult;
import io.revbridge.enrichment.FailureKind;
import io.revbridge.enrichment.ProviderFailure;
import io.revbridge.enrichment.Provenanced;
import io.revbridge.enrichment.derived.Region;
import io.revbridge.model.RecordRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class EnrichmentAuditTest {
  /** The detail as it was written before fetch times were formatted once per result: Instants, written by Json. */
  private static String withInstants(EnrichmentResult result) {
    Map<String, Object> fields = new TreeMap<>();
    result.fields().forEach((name, p) -> {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("value", p.value());
      f.put("provider", p.provider());
      f.put("confidence", p.confidence());
      f.put("fetchedAt", p.fetchedAt());
      fields.put(name, f);
    });
    List<Map<String, Object>> failures = new ArrayList<>();
    for (ProviderFailure f : result.failures()) {
      Map<String, Object> failure = new LinkedHashMap<>();
      failure.put("provider", f.provider());
      failure.put("kind", f.kind().name());
      failure.put("message", f.message());
      failures.add(failure);
    }
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("fields", fields);
    detail.put("failures", failures);
    return Json.write(detail);
  }

  @Test
  void theDetailWritesEveryFieldsOwnFetchTimeAsJacksonWritesAnInstant() {
    Instant crm = Instant.parse("2026-11-27T12:00:00Z");
    Instant rules = Instant.parse("2026-11-27T12:00:00.000123456Z");
    Map<String, Provenanced<?>> fields = new LinkedHashMap<>();
    fields.put("person.country", new Provenanced<>("Germany", Provenanced.CRM, 1.0, crm));
    fields.put("company.employees", new Provenanced<>(31, Provenanced.CRM, 1.0, crm));
    fields.put("company.annualRevenue", new Provenanced<>(7_409_000_000L, "firmographics", 0.75, rules));
    fields.put("person.intentScore", new Provenanced<>(0.25, "intent", 0.5, rules));
    fields.put("person.disposableEmail", new Provenanced<>(false, "email-domain", 1.0, rules));
    fields.put("company.region", new Provenanced<>(Region.EUROPE, "derived", 1.0,
        Instant.parse("2026-11-27T12:00:00.5Z")));
    fields.put("person.matchedAccount", new Provenanced<>(new RecordRef("c", "companies", "7"), "matching", 0.9,
        Instant.parse("1969-12-31T23:59:59.999Z")));
    fields.put("person.title", new Provenanced<>("Head of \"R&D\" \u00e9", "title-rules", 0.9, rules));
    EnrichmentResult result = new EnrichmentResult("c/contacts/1", fields,
        List.of(new ProviderFailure("vendor", "c/contacts/1", FailureKind.TIMEOUT, "no answer in 2 s")));

    assertThat(EnrichmentAudit.detail(result)).isEqualTo(withInstants(result));
    assertThat(EnrichmentAudit.detail(new EnrichmentResult(null, Map.of(), List.of())))
        .isEqualTo("{\"fields\":{},\"failures\":[]}");
  }
}
