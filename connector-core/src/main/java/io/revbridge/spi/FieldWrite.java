package io.revbridge.spi;

import io.revbridge.model.RecordRef;
import java.util.Map;

/**
 * New values for some fields of one existing record. An empty string clears a field.
 *
 * @param idempotencyKey echoed in the matching {@link WriteResult} so results map back to outbox rows
 */
public record FieldWrite(String idempotencyKey, RecordRef ref, Map<String, String> values) {
  public FieldWrite {
    values = Map.copyOf(values);
  }
}
