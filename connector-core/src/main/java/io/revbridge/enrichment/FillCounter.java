package io.revbridge.enrichment;

/**
 * Counts fields a provider filled (values kept from the CRM are not counted); the caller wires it to Micrometer
 * ({@code revbridge_enrichment_fields_total} by field and provider). Called once per filled field of every enriched
 * record, so an implementation must be thread-safe and quick.
 */
@FunctionalInterface
public interface FillCounter {
  FillCounter NONE = (field, provider) -> {};

  void filled(String field, String provider);
}
