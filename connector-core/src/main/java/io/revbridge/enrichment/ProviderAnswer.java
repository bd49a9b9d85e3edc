package io.revbridge.enrichment;

import java.util.Map;
import java.util.Objects;

/**
 * What a provider says about one record: candidate values by canonical field, or why it could not say anything.
 * An empty answer ("nothing known about this domain") is a success and may be cached.
 */
public record ProviderAnswer(Map<String, Candidate> candidates, FailureKind failure, String failureMessage) {
  private static final ProviderAnswer EMPTY = new ProviderAnswer(Map.of(), null, null);

  public ProviderAnswer {
    candidates = Map.copyOf(Objects.requireNonNull(candidates, "candidates"));
  }

  public static ProviderAnswer of(Map<String, Candidate> candidates) {
    return candidates.isEmpty() ? EMPTY : new ProviderAnswer(candidates, null, null);
  }

  public static ProviderAnswer empty() {
    return EMPTY;
  }

  public static ProviderAnswer failed(FailureKind kind, String message) {
    return new ProviderAnswer(Map.of(), Objects.requireNonNull(kind, "kind"), message);
  }

  public boolean failed() {
    return failure != null;
  }
}
