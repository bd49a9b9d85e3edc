package io.revbridge.sandbox.salesforce;

import java.time.Duration;
import java.util.Random;

/**
 * A share of SOAP calls fail the ways a real network and a real Salesforce org fail: the daily request
 * limit ({@code REQUEST_LIMIT_EXCEEDED}), a locked row ({@code UNABLE_TO_LOCK_ROW}), a proxy's HTML error page,
 * {@code SERVER_UNAVAILABLE} after the change was applied, a connection reset before or after it was applied,
 * and a stall longer than the client waits (the change is applied once the client has given up). Seeded, so
 * a failing run can be repeated. Thread-safe.
 */
public final class SfRandomFaults {
  /** What happens to one call. */
  public enum Kind {
    REQUEST_LIMIT,
    LOCK_ROW,
    ERROR_PAGE,
    UNAVAILABLE_AFTER,
    RESET_BEFORE,
    RESET_AFTER,
    STALL
  }

  private final double rate;
  private final Random random;
  private final Duration stall;

  public SfRandomFaults(double rate, long seed, Duration stall) {
    if (!(rate > 0 && rate < 1)) {
      throw new IllegalArgumentException("rate must be between 0 and 1 (exclusive), was " + rate);
    }
    if (stall == null || stall.isNegative() || stall.isZero()) {
      throw new IllegalArgumentException("stall must be positive (longer than the client's timeout), was " + stall);
    }
    this.rate = rate;
    this.random = new Random(seed);
    this.stall = stall;
  }

  /** The fault for the next call, or null when it goes through untouched. */
  public synchronized Kind next() {
    if (random.nextDouble() >= rate) {
      return null;
    }
    Kind[] kinds = Kind.values();
    return kinds[random.nextInt(kinds.length)];
  }

  public Duration stall() {
    return stall;
  }

  /** A whole-call SOAP fault envelope as Salesforce sends it (with HTTP 500). */
  public static String fault(String code, String message) {
    return SfXml.fault(SfFault.unexpected(code, message));
  }
}
