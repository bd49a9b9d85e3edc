package io.revbridge.sandbox.hubspot;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The account's daily API allowance, off until a limit is set. Every {@code /crm} call counts, searches
 * included; answers other than searches carry {@code X-HubSpot-RateLimit-Daily} and {@code -Daily-Remaining}
 * (api-notes §2: searches carry no rate-limit headers). Once spent, calls get 429 {@code DAILY} until
 * {@link #reset()} (HubSpot resets at midnight in the account's time zone). Thread-safe.
 */
final class DailyAllowance {
  private volatile long limit = -1;
  private final AtomicLong used = new AtomicLong();

  void limit(long limit) {
    this.limit = limit;
  }

  void reset() {
    used.set(0);
  }

  /** Counts one call; false when the allowance was already spent (the refused call is not counted). */
  boolean take() {
    long l = limit;
    return l < 0 || used.getAndUpdate(u -> u < l ? u + 1 : u) < l;
  }

  /** The headers of a non-search answer; none while no limit is set. */
  Map<String, String> headers() {
    long l = limit;
    return l < 0 ? Map.of() : Map.of("X-HubSpot-RateLimit-Daily", Long.toString(l),
        "X-HubSpot-RateLimit-Daily-Remaining", Long.toString(Math.max(0, l - used.get())));
  }
}
