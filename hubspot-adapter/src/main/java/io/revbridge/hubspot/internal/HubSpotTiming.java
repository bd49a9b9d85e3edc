package io.revbridge.hubspot.internal;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Every source of time the adapter uses, in one place so tests can replace all of them together.
 *
 * @param clock wall time: webhook freshness
 * @param nanoTime monotonic time: the client-side rate limiters
 * @param sleeper waiting for the rate limiters and between retries
 */
public record HubSpotTiming(Clock clock, Supplier<Long> nanoTime, Sleeper sleeper) {
  public HubSpotTiming {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(nanoTime, "nanoTime");
    Objects.requireNonNull(sleeper, "sleeper");
  }

  public static HubSpotTiming system() {
    // Sleep to the nanosecond: the throttle reserves a slot and waking early would send ahead of it.
    return new HubSpotTiming(
        Clock.systemUTC(),
        System::nanoTime,
        duration -> Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000)));
  }
}
