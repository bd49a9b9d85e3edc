package io.revbridge.enrichment;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/** Throws on every call: a plain bug, or a timeout wrapped the way HTTP clients wrap it. */
final class FailingProvider implements EnrichmentProvider {
  private final String name;
  private final Set<String> fields;
  private final boolean timeout;
  int calls;

  FailingProvider(String name, boolean timeout, String... fields) {
    this.name = name;
    this.timeout = timeout;
    this.fields = Set.of(fields);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Set<String> fields() {
    return fields;
  }

  @Override
  public List<ProviderAnswer> enrich(List<EnrichmentInput> batch) {
    calls++;
    if (timeout) {
      throw new IllegalStateException("vendor call failed", new TimeoutException("5000 ms"));
    }
    throw new IllegalStateException("boom");
  }
}
