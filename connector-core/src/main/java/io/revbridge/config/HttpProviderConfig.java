package io.revbridge.config;

import io.revbridge.spi.Secret;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code enrichment.providers} entry: a vendor asked over HTTP. Safe to log (the key prints as {@code ****}).
 *
 * @param fields canonical field → JSON pointer, in the file's order
 */
public record HttpProviderConfig(
    String name,
    String url,
    Optional<String> authHeader,
    Optional<String> authPrefix,
    Optional<Secret> apiKey,
    Map<String, String> fields,
    int confidencePercent,
    int timeoutMillis,
    int maxAttempts,
    int requestsPerSecond,
    int cacheTtlHours) {

  public HttpProviderConfig {
    fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
  }
}
