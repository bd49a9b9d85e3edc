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
 * cycle of {@code window / (n - 1)}. Any window then overlaps at most n cycles, hence at most n calls. Searches,
 * which bound a backfill, are spaced evenly instead ({@link HubSpotSpacing}), which uses all n.
 *
 * <p>Thread-safe. Waiting goes through the injected {@link Sleeper}; the limiters read the injected
 * monotonic clock.
 */
public final class HubSpotThrottle {
  /** Longer queues than this mean the caller should back off and try later rather than hold a thread. */
  static final Duration MAX_QUEUE = Duration.ofMinutes(5);

  private final HubSpotSpacing search;
  private final Sleeper sleeper;
  private final Supplier<Long> nanoTime;
  private final int configuredBurst;
  private final boolean followHeadersUp;
  private volatile RateLimiter burst;
  /** The burst limit in force, as "max/intervalMillis", to rebuild the limiter only when it changes. */
  private volatile String burstLimit;

  public HubSpotThrottle(HubSpotOptions options, HubSpotTiming timing) {
    this.nanoTime = timing.nanoTime();
    this.configuredBurst = options.burstPer10s();
    this.followHeadersUp = options.burstPer10s() == HubSpotOptions.DEFAULT_BURST_PER_10S;
    this.burst = paced("hubspot-burst", options.burstPer10s(), Duration.ofSeconds(10), nanoTime);
    this.burstLimit = options.burstPer10s() + "/10000";
    this.search = new HubSpotSpacing(options.searchPerSecond(), Duration.ofSeconds(1), nanoTime);
    this.sleeper = timing.sleeper();
  }

  /**
   * Adopts the burst limit HubSpot states for this app ({@code X-HubSpot-RateLimit-Max} calls per
   * {@code -Interval-Milliseconds}, api-notes §2): always when it is lower than {@code burstPer10s}, and
   * upwards too when {@code burstPer10s} was left at its default. Absent or malformed headers change nothing
   * (search responses carry none). The new pace starts with a fresh limiter.
   */
  public void observe(String maxHeader, String intervalHeader) {
    if (maxHeader == null || intervalHeader == null) {
      return;
    }
    int max;
    long interval;
    try {
      max = Integer.parseInt(maxHeader.trim());
      interval = Long.parseLong(intervalHeader.trim());
    } catch (NumberFormatException e) {
      return;
    }
    if (max < 2 || interval < 1) {
      return;
    }
    // Compare as calls per 10 s, the unit of burstPer10s.
    double per10s = max * 10_000.0 / interval;
    int effective = followHeadersUp || per10s < configuredBurst ? max : (int) Math.floor(configuredBurst * interval / 10_000.0);
    if (effective < 2) {
      return;
    }
    String limit = effective + "/" + interval;
    if (!limit.equals(burstLimit)) {
      synchronized (this) {
        if (!limit.equals(burstLimit)) {
          burst = paced("hubspot-burst", effective, Duration.ofMillis(interval), nanoTime);
          burstLimit = limit;
        }
      }
    }
  }

  /** The burst limit in force, e.g. {@code 190/10000} (calls per milliseconds). */
  public String burstLimit() {
    return burstLimit;
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
    RateLimiter limiter = burst;
    long nanos = searchCall ? search.reserve(MAX_QUEUE) : limiter.reservePermission();
    if (nanos < 0) {
      Duration retryIn = searchCall ? search.gap() : limiter.getRateLimiterConfig().getLimitRefreshPeriod();
      throw new RetryableCrmException(
          "THROTTLED",
          "More HubSpot calls are queued on this connection than the rate limit lets through in "
              + MAX_QUEUE.toMinutes() + " minutes; try again later or raise burstPer10s/searchPerSecond"
              + " if your HubSpot tier allows more.",
          retryIn,
          null);
    }
    if (nanos > 0) {
      sleeper.sleep(Duration.ofNanos(nanos));
    }
  }
}
