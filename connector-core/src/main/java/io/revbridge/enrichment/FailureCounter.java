package io.revbridge.enrichment;

/**
 * Counts provider failures; the caller wires it to Micrometer ({@code revbridge_enrichment_failures_total} by
 * provider and kind). Called from the enriching thread, so an implementation must be thread-safe and quick.
 */
@FunctionalInterface
public interface FailureCounter {
  FailureCounter NONE = (provider, kind) -> {};

  void failed(String provider, FailureKind kind);
}
