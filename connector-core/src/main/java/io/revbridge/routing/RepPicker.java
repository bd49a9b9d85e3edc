package io.revbridge.routing;

import io.revbridge.model.RecordRef;
import java.time.Instant;
import java.util.List;

/** The weighted round robin behind a team: {@link DurableRoundRobin} on the store, or a double in tests. */
public interface RepPicker {
  /**
   * Chooses one of the slots for the record, skipping slots at capacity. Picking again for a record that already
   * got an owner in this pool returns that owner while it is still a slot, without taking a new turn.
   *
   * @param pool the round robin's name: connection and team
   */
  Pick pick(String pool, RecordRef record, List<Slot> slots, Instant now);
}
