package io.revbridge.enrichment.http;

import io.revbridge.spi.Secret;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything the generic HTTP provider needs, as the wiring step will read it from {@code revbridge.yaml}. The secret
 * arrives already resolved from its {@code ${ENV}} reference and prints as {@code ****}. {@code authHeader} null means
 * the vendor needs no auth (or takes a key in the URL, which we discourage).
 */
public record HttpJsonProviderSpec(
    String name,
    String urlTemplate,
    String authHeader,
    String authPrefix,
    Secret secret,
    List<FieldPointer> fields,
    Duration timeout,
    int maxAttempts,
    Duration retryWait,
    Duration maxRetryWait,
    int requestsPerSecond,
    Duration cacheTtl) {
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
  public static final int DEFAULT_MAX_ATTEMPTS = 3;
  public static final Duration DEFAULT_RETRY_WAIT = Duration.ofMillis(500);
  public static final Duration DEFAULT_MAX_RETRY_WAIT = Duration.ofSeconds(10);
  public static final int DEFAULT_REQUESTS_PER_SECOND = 10;
  public static final Duration DEFAULT_CACHE_TTL = Duration.ofDays(30);

  public HttpJsonProviderSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(urlTemplate, "urlTemplate");
    fields = List.copyOf(fields);
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("HTTP provider '" + name + "' maps no fields; add at least one JSON pointer");
    }
    if (authHeader != null && secret == null) {
      throw new IllegalArgumentException("HTTP provider '" + name + "' names auth header " + authHeader
          + " but has no secret; give it an ${ENV_VAR} reference");
    }
    authPrefix = authPrefix == null ? "" : authPrefix;
    requirePositive(timeout, "timeout");
    requirePositive(retryWait, "retryWait");
    requirePositive(maxRetryWait, "maxRetryWait");
    if (maxAttempts < 1 || maxAttempts > 10) {
      throw new IllegalArgumentException("maxAttempts of '" + name + "' must be 1 to 10, got " + maxAttempts);
    }
    if (requestsPerSecond < 1) {
      throw new IllegalArgumentException("requestsPerSecond of '" + name + "' must be at least 1, got " + requestsPerSecond);
    }
    Objects.requireNonNull(cacheTtl, "cacheTtl");
  }

  /** A spec with the defaults for everything but what must be said. */
  public static HttpJsonProviderSpec of(String name, String urlTemplate, List<FieldPointer> fields) {
    return new HttpJsonProviderSpec(name, urlTemplate, null, null, null, fields, DEFAULT_TIMEOUT, DEFAULT_MAX_ATTEMPTS,
        DEFAULT_RETRY_WAIT, DEFAULT_MAX_RETRY_WAIT, DEFAULT_REQUESTS_PER_SECOND, DEFAULT_CACHE_TTL);
  }

  public HttpJsonProviderSpec withAuth(String header, String prefix, Secret value) {
    return new HttpJsonProviderSpec(name, urlTemplate, header, prefix, value, fields, timeout, maxAttempts, retryWait,
        maxRetryWait, requestsPerSecond, cacheTtl);
  }

  public HttpJsonProviderSpec withTimeout(Duration newTimeout) {
    return new HttpJsonProviderSpec(name, urlTemplate, authHeader, authPrefix, secret, fields, newTimeout, maxAttempts,
        retryWait, maxRetryWait, requestsPerSecond, cacheTtl);
  }

  public HttpJsonProviderSpec withRetry(int attempts, Duration wait, Duration maxWait) {
    return new HttpJsonProviderSpec(name, urlTemplate, authHeader, authPrefix, secret, fields, timeout, attempts, wait,
        maxWait, requestsPerSecond, cacheTtl);
  }

  public HttpJsonProviderSpec withRequestsPerSecond(int rate) {
    return new HttpJsonProviderSpec(name, urlTemplate, authHeader, authPrefix, secret, fields, timeout, maxAttempts,
        retryWait, maxRetryWait, rate, cacheTtl);
  }

  private static void requirePositive(Duration duration, String what) {
    if (duration == null || duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(what + " must be a positive duration, got " + duration);
    }
  }
}
