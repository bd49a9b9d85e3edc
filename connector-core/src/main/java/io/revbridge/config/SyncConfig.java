package io.revbridge.config;

import java.time.Duration;

/**
 * How the sync engine paces itself ({@code sync.*}).
 *
 * @param leaseSeconds how long work claimed by one instance stays its own without renewal: the longest a
 *     killed instance's work waits before another instance takes it over
 */
public record SyncConfig(int pollIntervalSeconds, int batchSize, int leaseSeconds) {
  public static final int DEFAULT_LEASE_SECONDS = 120;

  public SyncConfig(int pollIntervalSeconds, int batchSize) {
    this(pollIntervalSeconds, batchSize, DEFAULT_LEASE_SECONDS);
  }

  public Duration lease() {
    return Duration.ofSeconds(leaseSeconds);
  }

  public Duration pollInterval() {
    return Duration.ofSeconds(pollIntervalSeconds);
  }
}
