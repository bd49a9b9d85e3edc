package io.revbridge.sandbox.hubspot;

import java.time.Duration;
import java.util.Random;

/**
 * A share of {@code /crm} calls fail the ways a real network and a real HubSpot fail: a 429, a 500 before or
 * after the change was applied, a connection reset before or after it was applied, and a stall longer than
 * the client waits (the change is applied once the client has given up). Seeded, so a failing run can be
 * repeated. Thread-safe.
 */
final class RandomFaults {
  /** What happens to one call. */
  enum Kind {
    TOO_MANY_REQUESTS(true),
    ERROR_BEFORE(true),
    ERROR_AFTER(false),
    RESET_BEFORE(true),
    RESET_AFTER(false),
    STALL(false);

    /** True when the call is refused before anything is changed. */
    final boolean before;

    Kind(boolean before) {
      this.before = before;
    }
  }

  private final double rate;
  private final Random random;
  private final Duration stall;

  RandomFaults(double rate, long seed, Duration stall) {
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
  synchronized Kind next() {
    if (random.nextDouble() >= rate) {
      return null;
    }
    Kind[] kinds = Kind.values();
    return kinds[random.nextInt(kinds.length)];
  }

  Duration stall() {
    return stall;
  }
}
