package io.revbridge.bench.e2e;

import java.util.Arrays;
import java.util.List;

/**
 * Latency percentiles in milliseconds by the nearest-rank method (p99 of 100 samples is the 99th smallest).
 * All fields are 0 when there are no samples.
 */
record Percentiles(int samples, long p50, long p95, long p99, long max) {
  static Percentiles of(List<Long> millis) {
    if (millis.isEmpty()) {
      return new Percentiles(0, 0, 0, 0, 0);
    }
    long[] sorted = millis.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    return new Percentiles(sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99),
        sorted[sorted.length - 1]);
  }

  private static long rank(long[] sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
  }
}
