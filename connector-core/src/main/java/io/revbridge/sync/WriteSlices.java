package io.revbridge.sync;

import io.revbridge.store.OutboxEntry;
import io.revbridge.store.OutboxKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Cuts one drain round into slices that may be sent side by side. Wave 0 holds each record's first write of the
 * round, wave 1 its second, and so on; waves go out one after the other, so two writes to one record never race.
 * Tasks are independent creates: they all go in wave 0.
 */
final class WriteSlices {
  private WriteSlices() {}

  /** Rows of one connection, kind and object, at most the CRM's batch size. */
  record Slice(String connection, List<OutboxEntry> rows) {}

  /**
   * @param groups rows of one connection, kind and object each, in the order they were planned
   * @param maxBatch the CRM's batch size of a connection
   */
  static List<List<Slice>> waves(Collection<List<OutboxEntry>> groups, ToIntFunction<String> maxBatch) {
    List<List<Slice>> waves = new ArrayList<>();
    for (List<OutboxEntry> group : groups) {
      String connection = group.get(0).connection();
      int max = Math.max(1, maxBatch.applyAsInt(connection));
      Map<String, Integer> seen = new HashMap<>();
      List<List<OutboxEntry>> byWave = new ArrayList<>();
      for (OutboxEntry row : group) {
        int wave = row.kind() == OutboxKind.CREATE_TASK ? 0 : seen.merge(row.recordId(), 1, Integer::sum) - 1;
        while (byWave.size() <= wave) {
          byWave.add(new ArrayList<>());
        }
        byWave.get(wave).add(row);
      }
      for (int w = 0; w < byWave.size(); w++) {
        while (waves.size() <= w) {
          waves.add(new ArrayList<>());
        }
        List<OutboxEntry> rows = byWave.get(w);
        for (int from = 0; from < rows.size(); from += max) {
          waves.get(w).add(new Slice(connection, List.copyOf(rows.subList(from, Math.min(rows.size(), from + max)))));
        }
      }
    }
    return waves;
  }
}
