package io.revbridge.routing;

import io.revbridge.store.RoutingStore;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Assignments per rep against their weight, per pool (team on a connection), over a period. */
public final class FairnessReport {
  private FairnessReport() {}

  /**
   * One rep of one pool.
   *
   * @param share the rep's part of the pool's assignments, 0 to 1
   * @param weightShare the part the rep's weight asks for, 0 to 1
   */
  public record Line(String pool, String ownerId, long assigned, int weight, double share, double weightShare) {}

  public static List<Line> of(List<RoutingStore.FairnessRow> rows) {
    Map<String, Long> totals = rows.stream()
        .collect(Collectors.groupingBy(RoutingStore.FairnessRow::pool, Collectors.summingLong(RoutingStore.FairnessRow::assigned)));
    Map<String, Integer> weights = rows.stream()
        .collect(Collectors.groupingBy(RoutingStore.FairnessRow::pool, Collectors.summingInt(RoutingStore.FairnessRow::weight)));
    return rows.stream().map(r -> new Line(r.pool(), r.ownerId(), r.assigned(), r.weight(),
        r.assigned() / (double) totals.get(r.pool()), r.weight() / (double) weights.get(r.pool()))).toList();
  }
}
