package io.revbridge.hubspot.internal;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.revbridge.spi.RetryableCrmException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Client-side throttle: keeps this connection under HubSpot's burst limit (calls per rolling 10 s) and,
 * separately, its search limit (searches per second), so 429s stay rare.
 *
 * <p>resilience4j counts fixed cycles while HubSpot counts a rolling window, and a limiter handing out n
 * permits per window could let 2n through across a cycle edge. So calls are paced instead: one permit per
 * cycle of {@code window / (n - 1)}. Any window then overlaps at most n cycles, hence at most n calls.
 *
 * <p>Thread-safe. Waiting goes through the injected {@link Sleeper}; the limiters read the injected
 * monotonic clock.
 */
public final class HubSpotThrottle {
  /** Longer queues than this mean the caller should back off and try later rather than hold a thread. */
  static final Duration MAX_QUEUE = Duration.ofMinutes(5);

  private final RateLimiter burst;
  private final RateLimiter search;
  private final Sleeper sleeper;

  public HubSpotThrottle(HubSpotOptions options, HubSpotTiming timing) {
    this.burst = paced("hubspot-burst", options.burstPer10s(), Duration.ofSeconds(10), timing.nanoTime());
    this.search = paced("hubspot-search", options.searchPerSecond(), Duration.ofSeconds(1), timing.nanoTime());
    this.sleeper = timing.sleeper();
  }

  private static RateLimiter paced(String name, int perWindow, Duration window, Supplier<Long> nanoTime) {
    RateLimiterConfig config =
        RateLimiterConfig.custom()
            .limitForPeriod(1)
            .limitRefreshPeriod(window.dividedBy(perWindow - 1))
            .timeoutDuration(MAX_QUEUE)
            .build();
    return RateLimiter.of(name, config, nanoTime);
  }

  /**
   * Blocks until this call may go. Search calls count against the search limit only: HubSpot keeps the
   * two limits apart (api-notes §2).
   *
   * @throws RetryableCrmException when the queue is longer than {@link #MAX_QUEUE}
   * @throws InterruptedException when interrupted while waiting
   */
  public void acquire(boolean searchCall) throws InterruptedException {
    RateLimiter limiter = searchCall ? search : burst;
    long nanos = limiter.reservePermission();
    if (nanos < 0) {
      throw new RetryableCrmException(
          "THROTTLED",
          "More HubSpot calls are queued on this connection than the rate limit lets through in "
              + MAX_QUEUE.toMinutes() + " minutes; try again later or raise burstPer10s/searchPerSecond"
              + " if your HubSpot tier allows more.",
          limiter.getRateLimiterConfig().getLimitRefreshPeriod(),
          null);
    }
    if (nanos > 0) {
      sleeper.sleep(Duration.ofNanos(nanos));
    }
  }
}
