package io.revbridge.routing;

import io.revbridge.model.RecordRef;
import io.revbridge.store.RoutingStore;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The weighted round robin on the store: pointer and counts survive restarts and are shared by every instance on
 * the same database. A peeking instance ({@link #peeking}) reads the store and never writes it; it remembers its
 * own picks in memory, so a dry run or an explain of many leads still rotates.
 */
public final class DurableRoundRobin implements RepPicker {
  private final RoutingStore store;
  private final Duration openWindow;
  private final boolean commit;
  private final Map<String, Map<String, Long>> peekedCounts = new HashMap<>();
  private final Map<String, Long> peekedOpen = new HashMap<>();
  private final Map<String, String> peekedOwners = new HashMap<>();

  private DurableRoundRobin(RoutingStore store, Duration openWindow, boolean commit) {
    this.store = store;
    this.openWindow = openWindow;
    this.commit = commit;
  }

  /** Takes turns for real. @param openWindow how long an assignment counts against capacity */
  public static DurableRoundRobin committing(RoutingStore store, Duration openWindow) {
    return new DurableRoundRobin(store, openWindow, true);
  }

  /** Reads the store, never writes it. */
  public static DurableRoundRobin peeking(RoutingStore store, Duration openWindow) {
    return new DurableRoundRobin(store, openWindow, false);
  }

  @Override
  public synchronized Pick pick(String pool, RecordRef record, List<Slot> slots, Instant now) {
    Instant openSince = now.minus(openWindow);
    if (commit) {
      AtomicReference<WeightedTurn.Result> seen = new AtomicReference<>();
      Optional<RoutingStore.Turn> turn = store.take(pool, record, now, openSince, state -> {
        seen.set(WeightedTurn.choose(slots, state));
        return seen.get().choice();
      });
      return new Pick(turn.map(RoutingStore.Turn::ownerId), seen.get().atCapacity(), turn.map(t -> t.turn() == 0).orElse(false));
    }
    RoutingStore.PoolState stored = store.peek(pool, record, openSince);
    Map<String, Long> counts = new LinkedHashMap<>(stored.assigned());
    counts.putAll(peekedCounts.getOrDefault(pool, Map.of()));
    Map<String, Long> open = new LinkedHashMap<>(stored.open());
    peekedOpen.forEach((owner, n) -> open.merge(owner, n, Long::sum));
    Optional<String> earlier = Optional.ofNullable(peekedOwners.get(pool + " " + record.key())).or(stored::earlierOwner);
    WeightedTurn.Result result = WeightedTurn.choose(slots, new RoutingStore.PoolState(earlier, counts, open));
    result.choice().filter(c -> !result.repeated()).ifPresent(c -> {
      peekedCounts.computeIfAbsent(pool, p -> new HashMap<>()).put(c.ownerId(), c.newCount());
      peekedOpen.merge(c.ownerId(), 1L, Long::sum);
      peekedOwners.put(pool + " " + record.key(), c.ownerId());
    });
    return new Pick(result.choice().map(RoutingStore.Choice::ownerId), result.atCapacity(), result.repeated());
  }
}
