package io.revbridge.enrichment;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A cache that lives as long as the process, for tests, {@code enrich preview} and single instances. Expired entries
 * are dropped when read; with a bounded set of keys (domains) that is enough housekeeping.
 */
public final class InMemoryEnrichmentCache implements EnrichmentCache {
  private final Map<String, CachedAnswer> entries = new ConcurrentHashMap<>();

  @Override
  public Optional<CachedAnswer> get(String provider, String cacheKey, Instant now) {
    String key = provider + '\n' + cacheKey;
    CachedAnswer cached = entries.get(key);
    if (cached == null) {
      return Optional.empty();
    }
    if (!now.isBefore(cached.expiresAt())) {
      entries.remove(key, cached);
      return Optional.empty();
    }
    return Optional.of(cached);
  }

  @Override
  public void put(String provider, String cacheKey, CachedAnswer answer) {
    entries.put(provider + '\n' + cacheKey, answer);
  }

  public int size() {
    return entries.size();
  }
}
