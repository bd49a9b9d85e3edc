package io.revbridge.bench.jmh;

import io.revbridge.mapping.ObjectMapping;
import io.revbridge.spi.CrmRecord;
import io.revbridge.sync.FieldValues;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outbound stage as {@code LeadPipeline} runs it: render the results through the mapping, keep only the
 * fields whose value differs from what the CRM holds ({@link FieldValues#same}), and stamp the scored time
 * when anything changes. Kept step for step with the engine's private method, so the benchmark measures the
 * engine's work, not a cheaper imitation.
 */
final class OutboundDiff {
  private OutboundDiff() {}

  /** The fields to write, empty when the CRM already holds every value. */
  static Map<String, String> changed(ObjectMapping mapping, CrmRecord record, Map<String, String> ledger,
      Map<String, Object> results, Instant now) {
    Map<String, String> wanted = mapping.outbound(results);
    Map<String, String> changed = new LinkedHashMap<>();
    Map<String, String> previous = new LinkedHashMap<>();
    wanted.forEach((field, value) -> {
      String current = record.fields().containsKey(field) ? record.field(field) : ledger.get(field);
      if (!FieldValues.same(value, current)) {
        changed.put(field, value);
        previous.put(field, current == null ? "" : current);
      }
    });
    if (changed.isEmpty()) {
      return changed;
    }
    changed.putAll(mapping.outbound(Map.of("leadScore.scoredAt", now)));
    return changed;
  }
}
