package io.revbridge.routing;

import java.util.List;
import java.util.Optional;

/**
 * What the round robin chose.
 *
 * @param ownerId empty when every slot was at capacity
 * @param atCapacity the slots skipped because they hold their capacity of open leads
 * @param repeated the record had been given this owner in this pool before, so no new turn was taken
 */
public record Pick(Optional<String> ownerId, List<String> atCapacity, boolean repeated) {
  public Pick {
    atCapacity = List.copyOf(atCapacity);
  }
}
