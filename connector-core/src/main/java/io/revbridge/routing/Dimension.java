package io.revbridge.routing;

import java.util.List;
import java.util.Optional;

/** A way of segmenting leads (region, size, industry, source): a field and its buckets, first match wins. */
public record Dimension(String name, String field, List<Bucket> buckets) {
  public Dimension {
    buckets = List.copyOf(buckets);
  }

  Optional<Bucket> bucketOf(Facts facts) {
    Object value = facts.get(field);
    for (Bucket bucket : buckets) {
      if (bucket.matches(value)) {
        return Optional.of(bucket);
      }
    }
    return Optional.empty();
  }
}
