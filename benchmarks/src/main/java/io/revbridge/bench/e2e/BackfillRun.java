package io.revbridge.bench.e2e;

import io.revbridge.sandbox.HubSpotSandbox;
import io.revbridge.sandbox.SandboxRecord;
import io.revbridge.sandbox.SandboxStats;
import io.revbridge.sandbox.SandboxWrite;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Measures a backfill by watching the sandbox: it starts at the first API call the connector makes and ends
 * with the last write of its first pass (Revbridge's {@code /ready} turns 200 when that pass is over).
 */
final class BackfillRun {
  private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

  private BackfillRun() {}

  static BackfillResult measure(HubSpotSandbox sandbox, RevbridgeProcess revbridge, BenchStore store,
      Duration timeout) {
    long contacts = sandbox.records("contacts").stream().filter(r -> !r.archived()).count();
    long companies = sandbox.records("contacts").stream().map(r -> r.get("associatedcompanyid"))
        .filter(Objects::nonNull).distinct().count();
    Instant deadline = Instant.now().plus(timeout);
    Instant start = null;
    Duration cpuAtStart = Duration.ZERO;
    Duration storeCpuAtStart = Duration.ZERO;
    Duration sandboxCpuAtStart = Duration.ZERO;
    long lastReadyCheck = 0;
    while (true) {
      if (start == null && sandbox.stats().totalRequests() > 0) {
        start = Instant.now();
        cpuAtStart = revbridge.cpu();
        storeCpuAtStart = store.cpu();
        sandboxCpuAtStart = sandboxCpu();
      }
      if (start != null && System.nanoTime() - lastReadyCheck > TimeUnit.MILLISECONDS.toNanos(200)) {
        lastReadyCheck = System.nanoTime();
        if (revbridge.ready()) {
          break;
        }
      }
      revbridge.requireAlive();
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("The backfill did not finish within " + timeout.toMinutes()
            + " minutes; raise --timeout-minutes or lower --records (Revbridge's log: " + revbridge.log() + ")");
      }
      LockSupport.parkNanos(POLL_NANOS);
    }
    Duration cpu = revbridge.cpu().minus(cpuAtStart);
    double storeCpuSeconds = store.cpu().minus(storeCpuAtStart).toNanos() / 1e9;
    double sandboxCpuSeconds = sandboxCpu().minus(sandboxCpuAtStart).toNanos() / 1e9;
    SandboxStats stats = sandbox.stats();
    Set<String> written = new HashSet<>();
    long tasks = 0;
    Instant last = start;
    for (SandboxWrite w : sandbox.writes()) {
      if (w.objectType().equals("contacts")) {
        written.add(w.id());
      } else if (w.objectType().equals("tasks")) {
        tasks++;
      }
      if (w.at().isAfter(last)) {
        last = w.at();
      }
    }
    double seconds = Math.max(Duration.between(start, last).toNanos() / 1e9, 1e-3);
    double rate = written.size() / seconds;
    RateLimitBound bound = RateLimitBound.of(stats, contacts, companies, tasks);
    double cpuSeconds = cpu.toNanos() / 1e9;
    return new BackfillResult(contacts, written.size(), tasks, companies, seconds, rate, bound,
        rate / bound.recordsPerSecond(), stats.totalRequests(), stats.tooManyRequests(),
        stats.totalRequests() == 0 ? 0 : (double) stats.tooManyRequests() / stats.totalRequests(),
        stats.requests(), cpuSeconds, contacts == 0 ? 0 : cpuSeconds / contacts * 1000,
        storeCpuSeconds, contacts == 0 ? 0 : storeCpuSeconds / contacts * 1000,
        sandboxCpuSeconds, contacts == 0 ? 0 : sandboxCpuSeconds / contacts * 1000);
  }

  /**
   * This process's CPU time (the sandbox's, and the little this loop takes while it waits), read as
   * {@link RevbridgeProcess#cpu()} reads Revbridge's.
   */
  private static Duration sandboxCpu() {
    return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
  }

  /** For the steady state: contacts in id order, so every run edits the same ones. */
  static List<SandboxRecord> liveContacts(HubSpotSandbox sandbox) {
    return sandbox.records("contacts").stream().filter(r -> !r.archived())
        .sorted(Comparator.comparingLong(r -> Long.parseLong(r.id()))).toList();
  }
}
