package io.revbridge.sync;

import io.revbridge.enrichment.Confidence;
import io.revbridge.enrichment.EnrichedPerson;
import io.revbridge.enrichment.EnrichmentResult;
import io.revbridge.enrichment.ProviderFailure;
import io.revbridge.enrichment.Provenanced;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the pipeline records about one person's enrichment: the audit entry's short decision and JSON detail
 * (every field with value, provider, confidence and fetched-at; every failure), and the one-line provenance
 * summary an outbound field may carry ({@code person.role: title-rules 0.9; company.sizeBand: derived 1}).
 * Public for {@link #detail} alone, which the benchmarks' whole-pipeline measure calls as the engine does.
 */
public final class EnrichmentAudit {
  static final String STAGE = "enrich";

  private EnrichmentAudit() {}

  /** {@code role DECISION_MAKER, size 50-200, customer}: what routing and scoring care about most. */
  static String decision(EnrichedPerson p) {
    List<String> parts = new ArrayList<>();
    parts.add("role " + p.role());
    p.sizeBand().ifPresent(b -> parts.add("size " + b));
    p.region().ifPresent(r -> parts.add("region " + r));
    if (p.existingCustomer()) {
      parts.add("customer");
    }
    int failures = p.enrichment().failures().size();
    if (failures > 0) {
      parts.add(failures + (failures == 1 ? " provider failed" : " providers failed"));
    }
    return String.join(", ", parts);
  }

  /** The result as JSON: {@code {"fields": {name: {value, provider, confidence, fetchedAt}}, "failures": [...]}}. */
  public static String detail(EnrichmentResult result) {
    Map<String, Object> fields = new TreeMap<>();
    // A result's twenty-odd fields share the few times its providers answered at; formatting each time once (as
    // Jackson would: ISO-8601) was a tenth of the pipeline's CPU.
    Map<Instant, String> times = new HashMap<>(8);
    result.fields().forEach((name, p) -> {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("value", p.value());
      f.put("provider", p.provider());
      f.put("confidence", p.confidence());
      f.put("fetchedAt", p.fetchedAt() == null ? null : times.computeIfAbsent(p.fetchedAt(), Instant::toString));
      fields.put(name, f);
    });
    List<Map<String, Object>> failures = new ArrayList<>();
    for (ProviderFailure f : result.failures()) {
      failures.add(Map.of("provider", f.provider(), "kind", f.kind().name(), "message", f.message()));
    }
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("fields", fields);
    detail.put("failures", failures);
    return Json.write(detail);
  }

  /**
   * The fields providers filled (not the CRM's own values), by name: stable across passes as long as the sources
   * say the same, so writing it back does not make every pass write again.
   */
  static String summary(EnrichmentResult result) {
    List<String> parts = new ArrayList<>();
    new TreeMap<>(result.fields()).forEach((name, p) -> {
      if (!Provenanced.CRM.equals(p.provider())) {
        parts.add(name + ": " + p.provider() + " " + Confidence.format(p.confidence()));
      }
    });
    return String.join("; ", parts);
  }
}
