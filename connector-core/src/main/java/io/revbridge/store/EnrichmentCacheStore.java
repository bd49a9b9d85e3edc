package io.revbridge.store;

import io.revbridge.enrichment.EnrichmentCache;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Providers' answers in the store, shared by every instance, each until its own expiry (the provider's TTL at the
 * time it was fetched). Expired rows are never served; {@link #purgeExpired} deletes them. A key too long for the
 * table is not cached (the provider is simply asked again). Thread-safe; each call is its own transaction.
 */
public final class EnrichmentCacheStore implements EnrichmentCache {
  static final int PROVIDER = 100;
  static final int CACHE_KEY = 500;
  private static final List<String> COLUMNS =
      List.of("provider", "cache_key", "answer_json", "fetched_at", "expires_at");

  private final Jdbc jdbc;
  private final String upsert;

  EnrichmentCacheStore(Jdbc jdbc, SqlDialect dialect) {
    this.jdbc = jdbc;
    this.upsert = dialect.upsert("enrichment_cache", COLUMNS, List.of("provider", "cache_key"));
  }

  @Override
  public Optional<CachedAnswer> get(String provider, String cacheKey, Instant now) {
    if (!fits(provider, cacheKey)) {
      return Optional.empty();
    }
    return jdbc.inTransaction("read the enrichment cache of " + provider, c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT answer_json, fetched_at, expires_at FROM enrichment_cache"
          + " WHERE provider = ? AND cache_key = ? AND expires_at > ?")) {
        s.setString(1, provider);
        s.setString(2, cacheKey);
        Jdbc.setInstant(s, 3, now);
        try (ResultSet r = s.executeQuery()) {
          if (!r.next()) {
            return Optional.empty();
          }
          return Optional.of(new CachedAnswer(CachedAnswerJson.read(r.getString("answer_json")),
              Jdbc.getInstant(r, "fetched_at"), Jdbc.getInstant(r, "expires_at")));
        }
      }
    });
  }

  @Override
  public void put(String provider, String cacheKey, CachedAnswer answer) {
    Objects.requireNonNull(answer, "answer");
    if (answer.answer().failed()) {
      throw new IllegalArgumentException("failures are never cached: " + provider + " " + answer.answer().failure());
    }
    if (!fits(provider, cacheKey)) {
      return;
    }
    jdbc.inTransaction("save to the enrichment cache of " + provider, c -> {
      try (PreparedStatement s = c.prepareStatement(upsert)) {
        s.setString(1, provider);
        s.setString(2, cacheKey);
        s.setString(3, CachedAnswerJson.write(answer.answer()));
        Jdbc.setInstant(s, 4, answer.fetchedAt());
        Jdbc.setInstant(s, 5, answer.expiresAt());
        return s.executeUpdate();
      }
    });
  }

  /** Deletes the rows expired at {@code now}; returns how many. */
  public int purgeExpired(Instant now) {
    return jdbc.inTransaction("purge the enrichment cache", c -> {
      try (PreparedStatement s = c.prepareStatement("DELETE FROM enrichment_cache WHERE expires_at <= ?")) {
        Jdbc.setInstant(s, 1, now);
        return s.executeUpdate();
      }
    });
  }

  /** Rows per provider, expired or not, for metrics and tests. */
  public long count(String provider) {
    return jdbc.inTransaction("count the enrichment cache of " + provider, c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM enrichment_cache WHERE provider = ?")) {
        s.setString(1, provider);
        try (ResultSet r = s.executeQuery()) {
          r.next();
          return r.getLong(1);
        }
      }
    });
  }

  private static boolean fits(String provider, String cacheKey) {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(cacheKey, "cacheKey");
    return provider.length() <= PROVIDER && cacheKey.length() <= CACHE_KEY;
  }
}
