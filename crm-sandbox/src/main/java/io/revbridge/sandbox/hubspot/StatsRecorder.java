package io.revbridge.sandbox.hubspot;

import io.revbridge.sandbox.SandboxOptions;
import io.revbridge.sandbox.SandboxStats;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts API traffic for {@link SandboxStats}. Lock-free; a snapshot taken during traffic is approximate. */
final class StatsRecorder {
  private final SandboxOptions options;
  private final ConcurrentHashMap<String, LongAdder> requests = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Integer> largestBatch = new ConcurrentHashMap<>();
  private final LongAdder burstLimited = new LongAdder();
  private final LongAdder searchLimited = new LongAdder();
  private final LongAdder injected429 = new LongAdder();
  private final LongAdder faults = new LongAdder();

  StatsRecorder(SandboxOptions options) {
    this.options = options;
  }

  void request(String endpoint) {
    requests.computeIfAbsent(endpoint, k -> new LongAdder()).increment();
  }

  void batch(String endpoint, int size) {
    largestBatch.merge(endpoint, size, Math::max);
  }

  void burstLimited() {
    burstLimited.increment();
  }

  void searchLimited() {
    searchLimited.increment();
  }

  void fault(int status) {
    faults.increment();
    if (status == 429) {
      injected429.increment();
    }
  }

  synchronized void reset() {
    requests.clear();
    largestBatch.clear();
    burstLimited.reset();
    searchLimited.reset();
    injected429.reset();
    faults.reset();
  }

  SandboxStats snapshot() {
    Map<String, Long> counts = new TreeMap<>();
    requests.forEach((k, v) -> counts.put(k, v.sum()));
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    long burst = burstLimited.sum();
    long search = searchLimited.sum();
    return new SandboxStats(counts, new TreeMap<>(largestBatch), total, burst + search + injected429.sum(), burst,
        search, faults.sum(), options.burstPer10s(), options.searchPerSecond(), options.batchMax(),
        options.searchPageMax(), options.searchCap());
  }
}
