package io.revbridge.enrichment.http;

import io.revbridge.enrichment.Confidence;
import java.util.Objects;

/**
 * Where a canonical field sits in the vendor's JSON answer ({@code /company/metrics/employees}, RFC 6901) and how much
 * the admin trusts the vendor for it.
 */
public record FieldPointer(String field, String pointer, double confidence) {
  public FieldPointer {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(pointer, "pointer");
    if (!pointer.isEmpty() && !pointer.startsWith("/")) {
      throw new IllegalArgumentException("JSON pointer for " + field + " must start with '/', got '" + pointer
          + "'; write e.g. /company/employees");
    }
    Confidence.check(confidence);
  }
}
