package io.revbridge.sandbox.salesforce;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The fake org's daily API request allocation. Salesforce counts a rolling 24 hours; the sandbox keeps it simpler
 * with a 24 h window that starts at the first call after the previous window ended. Once the allocation is used
 * up, every call fails with {@code REQUEST_LIMIT_EXCEEDED} (HTTP 500) until the window ends. Thread-safe.
 */
public final class SfApiAllowance {
  public static final long DEFAULT_DAILY_LIMIT = 100_000;
  static final Duration WINDOW = Duration.ofHours(24);

  private final Clock clock;
  private long limit = DEFAULT_DAILY_LIMIT;
  private long used;
  private Instant windowStart;

  public SfApiAllowance(Clock clock) {
    this.clock = clock;
  }

  /** Counts one call and returns the requests used so far, or refuses it when the allocation is used up. */
  synchronized long count() {
    Instant now = clock.instant();
    if (windowStart == null || !now.isBefore(windowStart.plus(WINDOW))) {
      windowStart = now;
      used = 0;
    }
    if (used >= limit) {
      throw SfFault.unexpected("REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.");
    }
    return ++used;
  }

  public synchronized long used() {
    return used;
  }

  public synchronized long limit() {
    return limit;
  }

  /** Sets the allocation (Developer Edition: 15,000; production: 100,000 plus per-licence additions). */
  public synchronized void setLimit(long dailyLimit) {
    if (dailyLimit < 1) {
      throw new IllegalArgumentException("the daily API limit must be at least 1, was " + dailyLimit);
    }
    this.limit = dailyLimit;
  }

  /** Pretends other integrations already used this many requests in the current window. */
  public synchronized void setUsed(long requests) {
    if (requests < 0) {
      throw new IllegalArgumentException("used requests must be >= 0, was " + requests);
    }
    if (windowStart == null) {
      windowStart = clock.instant();
    }
    this.used = requests;
  }
}
