package io.revbridge.sync;

import io.revbridge.model.Owner;
import io.revbridge.model.RecordRef;
import io.revbridge.store.StateStore;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Gives unowned leads an owner in turn among the connection's active owners, ordered by id. The turn
 * counter lives in the store so the rotation continues across runs, and each decision is remembered per
 * record so re-processing a record after a crash picks the same owner again.
 *
 * <p>A dry run reads the counter but never advances it.
 */
final class RoundRobinRouter {
  private final StateStore state;
  private final boolean dryRun;
  private long dryRunTurns;

  RoundRobinRouter(StateStore state, boolean dryRun) {
    this.state = state;
    this.dryRun = dryRun;
  }

  /** The owner for an unowned record, or empty when the connection has no active owner. */
  Optional<Owner> assign(RecordRef record, List<Owner> owners) {
    List<Owner> active =
        owners.stream().filter(Owner::active).sorted(Comparator.comparing(Owner::id)).toList();
    if (active.isEmpty()) {
      return Optional.empty();
    }
    String decisionKey = "route:" + record.key();
    Optional<Owner> earlier =
        state.get(decisionKey).flatMap(id -> active.stream().filter(o -> o.id().equals(id)).findFirst());
    if (earlier.isPresent()) {
      return earlier;
    }
    long turn = nextTurn(record.connection());
    Owner chosen = active.get((int) ((turn - 1) % active.size()));
    if (!dryRun) {
      state.put(decisionKey, chosen.id());
    }
    return Optional.of(chosen);
  }

  private long nextTurn(String connection) {
    String counterKey = "roundrobin:" + connection;
    if (!dryRun) {
      return state.increment(counterKey);
    }
    long stored = state.get(counterKey).map(Long::parseLong).orElse(0L);
    return stored + ++dryRunTurns;
  }
}
