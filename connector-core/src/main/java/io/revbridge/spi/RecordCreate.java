package io.revbridge.spi;

import java.util.Map;

/**
 * Field values for one record to create.
 *
 * @param idempotencyKey echoed in the matching {@link WriteResult}
 */
public record RecordCreate(String idempotencyKey, Map<String, String> values) {
  public RecordCreate {
    values = Map.copyOf(values);
  }
}
