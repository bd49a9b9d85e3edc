package io.revbridge.sync;

import io.revbridge.spi.FieldWrite;
import java.util.Map;

/**
 * One planned field write with the values it replaces, kept in the outbox so the record trail and a dry
 * run can show old → new.
 *
 * @param assignsOwner true when this write gives the record its owner (counted as a routing effect)
 */
public record FieldUpdate(FieldWrite write, Map<String, String> previous, boolean assignsOwner) {
  public FieldUpdate {
    previous = Map.copyOf(previous);
  }
}
