package io.revbridge.hubspot.internal;

import java.time.Clock;
import java.util.Objects;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * Every source of time the adapter uses, in one place so tests can replace all of them together.
 *
 * @param clock wall time: webhook freshness
 * @param nanoTime monotonic time: the client-side rate limiters
 * @param sleeper waiting for the rate limiters and between retries
 * @param random uniform in [0, 1): the jitter of retry backoffs
 */
public record HubSpotTiming(Clock clock, Supplier<Long> nanoTime, Sleeper sleeper, DoubleSupplier random) {
  public HubSpotTiming {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(nanoTime, "nanoTime");
    Objects.requireNonNull(sleeper, "sleeper");
    Objects.requireNonNull(random, "random");
  }

  /** Without jitter (every backoff at its full length): for tests that assert exact waits. */
  public HubSpotTiming(Clock clock, Supplier<Long> nanoTime, Sleeper sleeper) {
    this(clock, nanoTime, sleeper, () -> 1.0);
  }

  public static HubSpotTiming system() {
    // Sleep to the nanosecond: the throttle reserves a slot and waking early would send ahead of it.
    return new HubSpotTiming(
        Clock.systemUTC(),
        System::nanoTime,
        duration -> Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000)),
        () -> java.util.concurrent.ThreadLocalRandom.current().nextDouble());
  }
}
