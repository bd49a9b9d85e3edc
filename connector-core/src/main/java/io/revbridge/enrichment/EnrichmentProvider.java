package io.revbridge.enrichment;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * A source of canonical field values: rules, shipped lists, a local file or a vendor's API.
 *
 * <p>Contract: {@link #enrich} answers a batch with exactly one {@link ProviderAnswer} per input, in input order.
 * A provider that cannot answer for one record returns {@link ProviderAnswer#failed} for it; one that throws
 * fails the whole batch for itself only: the waterfall counts the failure and goes on with the next provider.
 * Implementations must be safe to call from several threads at once.
 */
public interface EnrichmentProvider {
  /** Short, stable name shown in provenance and metrics ({@code rules}, {@code email}, {@code clearbit}). */
  String name();

  /** The canonical fields this provider may fill; the waterfall skips it when all of them are settled. */
  Set<String> fields();

  List<ProviderAnswer> enrich(List<EnrichmentInput> batch);

  /** How long an answer may be reused; {@link Duration#ZERO} (the default) means never cached. */
  default Duration cacheTtl() {
    return Duration.ZERO;
  }

  /**
   * What an answer depends on, for the cache ({@code acme.com} for a firmographics lookup); {@code null} when the
   * input holds nothing to look up, which skips the call. Only consulted when {@link #cacheTtl} is positive.
   */
  default String cacheKey(EnrichmentInput input) {
    return input.key();
  }
}
