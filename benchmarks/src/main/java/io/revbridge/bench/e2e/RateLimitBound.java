package io.revbridge.bench.e2e;

import io.revbridge.sandbox.SandboxStats;

/**
 * The fastest a backfill can go under the limits the sandbox enforces (read from {@link SandboxStats}), given
 * the fewest calls the work needs: one search page per {@code searchPageMax} contacts, one batch update per
 * {@code batchMax} contacts, one company batch read per {@code batchMax} distinct companies and one task
 * batch create per {@code batchMax} tasks. Searches have their own per-second limit; everything else shares
 * the 10-second burst window. The one-off setup calls (owners, properties) are left out, and a rolling
 * window's first burst is not credited, so on tiny runs a client can beat the bound by a little.
 *
 * <pre>
 * searchSeconds = ceil(N / searchPageMax) / searchPerSecond
 * burstSeconds  = (ceil(N / batchMax) + ceil(C / batchMax) + ceil(T / batchMax)) / (burstPer10s / 10)
 * bound         = N / max(searchSeconds, burstSeconds)     records per second
 * </pre>
 */
record RateLimitBound(
    long searchCalls, long burstCalls, double searchSeconds, double burstSeconds, double recordsPerSecond) {

  static RateLimitBound of(SandboxStats limits, long contacts, long distinctCompanies, long tasks) {
    long searchCalls = ceil(contacts, limits.searchPageMax());
    long burstCalls = ceil(contacts, limits.batchMax()) + ceil(distinctCompanies, limits.batchMax())
        + ceil(tasks, limits.batchMax());
    double searchSeconds = limits.searchPerSecond() == 0 ? 0 : (double) searchCalls / limits.searchPerSecond();
    double burstSeconds = limits.burstPer10s() == 0 ? 0 : burstCalls / (limits.burstPer10s() / 10.0);
    double seconds = Math.max(searchSeconds, burstSeconds);
    return new RateLimitBound(searchCalls, burstCalls, searchSeconds, burstSeconds,
        seconds == 0 ? Double.POSITIVE_INFINITY : contacts / seconds);
  }

  private static long ceil(long n, int per) {
    return (n + per - 1) / per;
  }
}
