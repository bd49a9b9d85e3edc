package io.revbridge.sync;

import io.revbridge.spi.ApiUsage;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * How one connection is doing, for {@code /ready} and the admin API's sync-health view.
 *
 * @param lastSuccessfulPoll when a poll of this connection last ended without error, on any instance
 * @param inboxBacklog changes received and not processed yet
 * @param outboxBacklog writes planned and not sent yet (including those waiting to retry)
 * @param openErrors dead letters not replayed yet, per stage and error code
 * @param pausedUntil set while the CRM told Revbridge to wait (a daily API limit)
 * @param pausedWhy the CRM's words for the pause, when paused
 * @param usage the API allowance as the adapter last saw it
 */
public record ConnectionHealth(
    String connection,
    Optional<Instant> lastSuccessfulPoll,
    long inboxBacklog,
    long outboxBacklog,
    Map<String, Long> openErrors,
    Optional<Instant> pausedUntil,
    Optional<String> pausedWhy,
    ApiUsage usage) {

  public ConnectionHealth {
    openErrors = Map.copyOf(openErrors);
  }

  public boolean paused() {
    return pausedUntil.isPresent();
  }
}
