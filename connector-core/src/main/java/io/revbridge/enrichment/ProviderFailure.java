package io.revbridge.enrichment;

import java.util.Objects;

/**
 * A provider that gave no answer for one record. The record is still enriched by the providers after it; the
 * message is for people and never holds a secret.
 */
public record ProviderFailure(String provider, String recordKey, FailureKind kind, String message) {
  public ProviderFailure {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(recordKey, "recordKey");
    Objects.requireNonNull(kind, "kind");
    message = message == null ? "" : message;
  }
}
