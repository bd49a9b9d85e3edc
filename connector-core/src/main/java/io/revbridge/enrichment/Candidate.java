package io.revbridge.enrichment;

import java.util.Objects;

/** A value a provider offers for one field, with its confidence (0 to 1). The waterfall decides whether it wins. */
public record Candidate(Object value, double confidence) {
  public Candidate {
    Objects.requireNonNull(value, "value");
    Confidence.check(confidence);
  }
}
