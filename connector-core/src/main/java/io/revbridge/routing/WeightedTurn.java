package io.revbridge.routing;

import io.revbridge.store.RoutingStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The weighted round robin's choice, given a pool's counts: among the slots below capacity, the rep whose next
 * assignment keeps assignments closest to the weights (the smallest {@code (count + 1) / weight}; ties go to the
 * earlier slot). Over n leads every rep's share stays within one lead of its weight's share.
 *
 * <p>A rep who is new to the pool, or back after weeks away, is lifted to one round behind the rep furthest ahead,
 * so the return is not answered with every lead until the counts catch up.
 */
final class WeightedTurn {
  private WeightedTurn() {}

  /** The choice, the slots skipped at capacity, and whether the record's earlier owner was kept. */
  record Result(Optional<RoutingStore.Choice> choice, List<String> atCapacity, boolean repeated) {}

  static Result choose(List<Slot> slots, RoutingStore.PoolState state) {
    List<String> atCapacity = new ArrayList<>();
    List<Slot> eligible = new ArrayList<>();
    for (Slot slot : slots) {
      if (state.open().getOrDefault(slot.ownerId(), 0L) >= slot.capacity()) {
        atCapacity.add(slot.ownerId());
      } else {
        eligible.add(slot);
      }
    }
    Optional<String> earlier = state.earlierOwner()
        .filter(id -> slots.stream().anyMatch(s -> s.ownerId().equals(id)));
    if (earlier.isPresent()) {
      long count = state.assigned().getOrDefault(earlier.get(), 0L);
      return new Result(Optional.of(new RoutingStore.Choice(earlier.get(), count, 1)), atCapacity, true);
    }
    Map<String, Long> assigned = state.assigned();
    double leader = eligible.stream().mapToDouble(s -> assigned.getOrDefault(s.ownerId(), 0L) / (double) s.weight())
        .max().orElse(0);
    Slot best = null;
    long bestCount = 0;
    double bestFinish = Double.MAX_VALUE;
    for (Slot slot : eligible) {
      long count = Math.max(assigned.getOrDefault(slot.ownerId(), 0L), (long) Math.floor((leader - 1) * slot.weight()));
      double finish = (count + 1) / (double) slot.weight();
      if (finish < bestFinish) {
        best = slot;
        bestCount = count;
        bestFinish = finish;
      }
    }
    return new Result(best == null ? Optional.empty() : Optional.of(new RoutingStore.Choice(best.ownerId(), bestCount + 1, best.weight())),
        atCapacity, false);
  }
}
