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
    return buckets.stream().filter(b -> b.matches(value)).findFirst();
  }
}
