package io.revbridge.sync;

import io.revbridge.enrichment.EnrichmentFields;
import io.revbridge.enrichment.EnrichmentInput;
import io.revbridge.enrichment.EnrichmentProvider;
import io.revbridge.enrichment.ProviderAnswer;
import java.util.List;
import java.util.Set;

/** A vendor whose every call fails, as one down for maintenance does. */
final class BrokenVendor implements EnrichmentProvider {
  @Override
  public String name() {
    return "broken";
  }

  @Override
  public Set<String> fields() {
    return Set.of(EnrichmentFields.COMPANY_ANNUAL_REVENUE);
  }

  @Override
  public List<ProviderAnswer> enrich(List<EnrichmentInput> batch) {
    throw new IllegalStateException("503 from vendor");
  }
}
