package io.revbridge.enrichment;

import java.time.Instant;
import java.util.Objects;

/**
 * One field's value with where it came from: the provider that gave it, how sure that provider was (0 to 1) and
 * when it was fetched (a cached value keeps its first fetch time, so its age is honest).
 */
public record Provenanced<T>(T value, String provider, double confidence, Instant fetchedAt) {
  /** Provider name of a value kept as the CRM holds it. */
  public static final String CRM = "crm";

  public Provenanced {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    Confidence.check(confidence);
  }

  /** The summary a CRM field may show: {@code rules 0.9}. */
  public String summary() {
    return provider + " " + Confidence.format(confidence);
  }
}
