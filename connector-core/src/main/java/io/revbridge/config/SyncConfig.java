package io.revbridge.config;

import java.time.Duration;

/** How the sync engine paces itself ({@code sync.*}). */
public record SyncConfig(int pollIntervalSeconds, int batchSize) {
  public Duration pollInterval() {
    return Duration.ofSeconds(pollIntervalSeconds);
  }
}
