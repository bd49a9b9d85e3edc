package io.revbridge.hubspot.internal;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Spaces calls evenly: each at least {@code window × (1 + SLACK) / n} after the previous one, so any rolling
 * window holds at most {@code n} calls, and {@code n} calls in a row span the window plus {@link #SLACK} of it,
 * room for the network to deliver them unevenly. Unlike a limiter that counts fixed cycles (which can pass two
 * calls across a cycle edge and so must hand out only {@code n - 1} per window), it uses the whole limit: the
 * search limit (5 per second) is what bounds a backfill. Thread-safe.
 */
final class HubSpotSpacing {
  static final double SLACK = 0.06;

  private final long gapNanos;
  private final Supplier<Long> nanoTime;
  private boolean started;
  private long next;

  HubSpotSpacing(int perWindow, Duration window, Supplier<Long> nanoTime) {
    if (perWindow < 1) {
      throw new IllegalArgumentException("perWindow must be at least 1, was " + perWindow);
    }
    this.gapNanos = (long) (window.toNanos() * (1 + SLACK) / perWindow);
    this.nanoTime = nanoTime;
  }

  /** The gap kept between two calls. */
  Duration gap() {
    return Duration.ofNanos(gapNanos);
  }

  /**
   * Reserves the next slot and returns how long to wait for it; when that would be longer than {@code maxWait},
   * reserves nothing and returns -1.
   */
  synchronized long reserve(Duration maxWait) {
    long now = nanoTime.get();
    long at = started ? Math.max(now, next) : now;
    long wait = at - now;
    if (wait > maxWait.toNanos()) {
      return -1;
    }
    started = true;
    next = at + gapNanos;
    return wait;
  }
}
