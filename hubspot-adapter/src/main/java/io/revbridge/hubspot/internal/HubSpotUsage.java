package io.revbridge.hubspot.internal;

import io.revbridge.spi.ApiUsage;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What HubSpot last said about this connection's daily allowance: the {@code X-HubSpot-RateLimit-Daily} and
 * {@code -Daily-Remaining} headers (api-notes §2; private apps only, OAuth calls and searches carry none) and
 * the last daily-limit 429, which stops calls until the wait HubSpot's policy implies is over.
 *
 * <p>Thread-safe: one immutable snapshot swapped atomically; readers never block callers.
 */
public final class HubSpotUsage {
  private record State(long daily, long remaining, Instant pausedUntil) {}

  private final Clock clock;
  private volatile State state = new State(-1, -1, null);

  public HubSpotUsage(Clock clock) {
    this.clock = clock;
  }

  /** Adopts the daily figures of a response; absent or malformed headers change nothing. */
  public void observe(String dailyHeader, String remainingHeader) {
    long daily = parse(dailyHeader);
    long remaining = parse(remainingHeader);
    if (daily < 0 || remaining < 0) {
      return;
    }
    synchronized (this) {
      state = new State(daily, Math.min(remaining, daily), state.pausedUntil());
    }
  }

  /** HubSpot answered 429 with the daily policy: nothing more goes through until {@code until}. */
  public void dailyLimitReached(Instant until) {
    synchronized (this) {
      State s = state;
      state = new State(s.daily(), s.daily() < 0 ? s.remaining() : 0, until);
    }
  }

  public ApiUsage snapshot() {
    State s = state;
    Optional<Instant> paused = Optional.ofNullable(s.pausedUntil()).filter(until -> until.isAfter(clock.instant()));
    if (s.daily() < 0 && paused.isEmpty()) {
      return ApiUsage.UNKNOWN;
    }
    OptionalLong limit = s.daily() < 0 ? OptionalLong.empty() : OptionalLong.of(s.daily());
    OptionalLong used = s.daily() < 0 ? OptionalLong.empty() : OptionalLong.of(s.daily() - s.remaining());
    StringBuilder note = new StringBuilder();
    if (limit.isPresent()) {
      note.append(String.format(java.util.Locale.ROOT, "daily limit: %,d of %,d used", used.getAsLong(),
          limit.getAsLong()));
    }
    paused.ifPresent(until -> note.append(note.length() == 0 ? "" : "; ")
        .append("paused until ").append(until).append(" (daily limit)"));
    return new ApiUsage(used, limit, paused, note.toString());
  }

  private static long parse(String header) {
    if (header == null) {
      return -1;
    }
    try {
      long value = Long.parseLong(header.trim());
      return value >= 0 ? value : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
