package io.revbridge.routing;

import io.revbridge.model.RecordRef;
import io.revbridge.store.RoutingStore;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The weighted round robin without a store, starting from nobody having had a lead: for {@code route explain},
 * which must change no routing state, and for tests (which may preset open leads to fill a rep's capacity).
 * Not thread-safe.
 */
public final class InMemoryRoundRobin implements RepPicker {
  final Map<String, Map<String, Long>> counts = new HashMap<>();
  final Map<String, Long> open = new HashMap<>();
  private final Map<String, String> owners = new HashMap<>();

  @Override
  public Pick pick(String pool, RecordRef record, List<Slot> slots, Instant now) {
    Map<String, Long> poolCounts = counts.computeIfAbsent(pool, p -> new HashMap<>());
    String turnKey = pool + record.key();
    // read-only views, not copies: the turn is chosen before either map changes
    WeightedTurn.Result result = WeightedTurn.choose(slots, new RoutingStore.PoolState(
        Optional.ofNullable(owners.get(turnKey)), Collections.unmodifiableMap(poolCounts),
        Collections.unmodifiableMap(open)));
    result.choice().filter(c -> !result.repeated()).ifPresent(c -> {
      poolCounts.put(c.ownerId(), c.newCount());
      open.merge(c.ownerId(), 1L, Long::sum);
      owners.put(turnKey, c.ownerId());
    });
    return new Pick(result.choice().map(RoutingStore.Choice::ownerId), result.atCapacity(), result.repeated());
  }
}
