package io.revbridge.sandbox.hubspot;

import java.time.Clock;
import java.util.ArrayDeque;

/**
 * Admits at most {@code max} calls in any rolling window of {@code windowMillis}, like HubSpot's
 * TEN_SECONDLY_ROLLING policy. Rejected calls do not use up the window. {@code max == 0} admits everything.
 * Thread-safe.
 */
final class RollingWindowLimiter {
  static final int UNLIMITED = Integer.MAX_VALUE;

  private final int max;
  private final long windowMillis;
  private final Clock clock;
  private final ArrayDeque<Long> admitted = new ArrayDeque<>();

  RollingWindowLimiter(int max, long windowMillis, Clock clock) {
    this.max = max;
    this.windowMillis = windowMillis;
    this.clock = clock;
  }

  int max() {
    return max;
  }

  long windowMillis() {
    return windowMillis;
  }

  /** Admits one call and returns how many remain in the window, or -1 if the call must be refused. */
  synchronized int tryAcquire() {
    if (max == 0) {
      return UNLIMITED;
    }
    long now = clock.millis();
    while (!admitted.isEmpty() && admitted.peekFirst() <= now - windowMillis) {
      admitted.pollFirst();
    }
    if (admitted.size() >= max) {
      return -1;
    }
    admitted.addLast(now);
    return max - admitted.size();
  }
}
