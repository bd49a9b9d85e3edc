package io.revbridge.config;

import java.time.Duration;

/**
 * How the sync engine paces itself ({@code sync.*}).
 *
 * @param leaseSeconds how long work claimed by one instance stays its own without renewal: the longest a
 *     killed instance's work waits before another instance takes it over
 * @param drainConcurrency write batches in flight at once per drain
 */
public record SyncConfig(int pollIntervalSeconds, int batchSize, int leaseSeconds, int drainConcurrency) {
  public static final int DEFAULT_LEASE_SECONDS = 120;
  public static final int DEFAULT_DRAIN_CONCURRENCY = 4;

  public SyncConfig(int pollIntervalSeconds, int batchSize) {
    this(pollIntervalSeconds, batchSize, DEFAULT_LEASE_SECONDS);
  }

  public SyncConfig(int pollIntervalSeconds, int batchSize, int leaseSeconds) {
    this(pollIntervalSeconds, batchSize, leaseSeconds, DEFAULT_DRAIN_CONCURRENCY);
  }

  public Duration lease() {
    return Duration.ofSeconds(leaseSeconds);
  }

  public Duration pollInterval() {
    return Duration.ofSeconds(pollIntervalSeconds);
  }
}
