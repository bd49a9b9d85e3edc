package io.revbridge.enrichment;

import java.time.Instant;
import java.util.Optional;

/**
 * Remembers providers' answers until they expire, so a paid vendor is asked once per domain and TTL. Only successful
 * answers are cached (an empty answer is a success); failures are retried on the next record.
 * Implementations must be thread-safe; a store-backed one shares answers between instances.
 */
public interface EnrichmentCache {
  Optional<CachedAnswer> get(String provider, String cacheKey, Instant now);

  void put(String provider, String cacheKey, CachedAnswer answer);

  /** An answer with the time it was fetched (provenance) and the time it stops being served. */
  record CachedAnswer(ProviderAnswer answer, Instant fetchedAt, Instant expiresAt) {}
}
