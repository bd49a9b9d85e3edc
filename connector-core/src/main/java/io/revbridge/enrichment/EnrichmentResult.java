package io.revbridge.enrichment;

import java.util.List;
import java.util.Map;

/**
 * The enrichment of one record: every settled field with its provenance (values kept from the CRM show provider
 * {@link Provenanced#CRM}) and the providers that failed for it. Failures never empty the result: the fields other
 * providers settled are all there.
 */
public record EnrichmentResult(String recordKey, Map<String, Provenanced<?>> fields, List<ProviderFailure> failures) {
  public EnrichmentResult {
    fields = Map.copyOf(fields);
    failures = List.copyOf(failures);
  }

  /** The value of a field, or {@code null} when no provider settled it. */
  public Object value(String field) {
    Provenanced<?> provenanced = fields.get(field);
    return provenanced == null ? null : provenanced.value();
  }
}
