package io.revbridge.bench.e2e;

import java.util.List;
import java.util.Map;

/**
 * Everything one end-to-end run measured, as written to the JSON file. {@code naive} is null when the
 * baseline was skipped ({@code --naive-records 0}); {@code speedUp} is then 0.
 */
record BenchReport(
    Machine machine,
    Settings settings,
    BackfillResult backfill,
    SteadyResult steadyState,
    Resources revbridgeProcess,
    NaiveResult naive,
    double speedUp) {

  /** Where it ran. */
  record Machine(int cores, String os, String java, String cpu) {}

  /** What was asked for. */
  record Settings(
      long records,
      long seed,
      int burstPer10s,
      int searchPerSecond,
      int batchMax,
      int searchPageMax,
      long latencyMillis,
      int eventsPerSecond,
      int steadySeconds,
      int pollIntervalSeconds,
      long naiveRecords,
      List<String> revbridgeJvmOptions,
      Map<String, String> revbridgeSyncSettings,
      String store) {}

  /**
   * Revbridge's JVM over the whole run (backfill and steady state) as its GC log shows it.
   *
   * @param peakHeapUsedMb most heap in use before a collection (garbage included)
   * @param peakLiveHeapMb most heap still live after a collection (the working set)
   */
  record Resources(long gcCount, long peakHeapUsedMb, long peakLiveHeapMb, double cpuSecondsTotal) {}
}
