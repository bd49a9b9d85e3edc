package io.revbridge.hubspot.internal;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.revbridge.spi.CrmException;
import io.revbridge.spi.RetryableCrmException;
import java.time.Duration;
import java.util.function.DoubleSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Retries retryable HubSpot failures inside the client with resilience4j: up to {@code maxRetries} times,
 * waiting what HubSpot asked for ({@code Retry-After}, the rate-limit window) or else exponentially
 * (1 s, 2 s, 4 s ... capped at 30 s, each with equal jitter: between half and all of it). A wait longer than {@link #MAX_WAIT_IN_CLIENT} (the daily limit) is
 * not waited out here: the exception goes to the engine, which schedules the retry without holding a
 * thread.
 *
 * <p>resilience4j's synchronous retry sleeps through a JVM-wide static hook, so the loop here drives its
 * async context, which only computes the wait, and waits through the injected {@link Sleeper}.
 */
public final class HubSpotRetry {
  static final Duration MAX_WAIT_IN_CLIENT = Duration.ofMinutes(1);
  static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
  static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

  private final Retry safe;
  private final Retry unsentOnly;
  private final Sleeper sleeper;
  private final java.util.function.BiConsumer<CrmException, Duration> beforeWait;

  public HubSpotRetry(int maxRetries, Sleeper sleeper) {
    this(maxRetries, sleeper, () -> 1.0);
  }

  /** @param random uniform in [0, 1): spreads exponential backoffs ("equal jitter": half fixed, half random) */
  public HubSpotRetry(int maxRetries, Sleeper sleeper, DoubleSupplier random) {
    this(maxRetries, sleeper, random, (failure, wait) -> { });
  }

  /** @param beforeWait told each failure that is retried and how long the retry waits, before the wait */
  HubSpotRetry(int maxRetries, Sleeper sleeper, DoubleSupplier random,
      java.util.function.BiConsumer<CrmException, Duration> beforeWait) {
    this.safe = Retry.of("hubspot-safe", config(maxRetries, e -> true, random));
    this.unsentOnly = Retry.of("hubspot-unsent-only", config(maxRetries, HubSpotRetry::certainlyNotActedOn, random));
    this.sleeper = sleeper;
    this.beforeWait = beforeWait;
  }

  private static RetryConfig config(
      int maxRetries, Predicate<RetryableCrmException> alsoRequired, DoubleSupplier random) {
    IntervalBiFunction<Object> wait =
        (attempt, outcome) -> waitMillis(attempt, outcome.isLeft() ? outcome.getLeft() : null, random);
    return RetryConfig.custom()
        .maxAttempts(maxRetries + 1)
        .intervalBiFunction(wait)
        .retryOnException(
            e -> e instanceof RetryableCrmException r
                && alsoRequired.test(r)
                && r.retryAfter().map(d -> d.compareTo(MAX_WAIT_IN_CLIENT) <= 0).orElse(true)
                && !Thread.currentThread().isInterrupted())
        .build();
  }

  /**
   * What HubSpot asked for (a rate-limit window is exact, so no jitter), else exponential backoff with equal
   * jitter: many clients failing together (a HubSpot blip) do not all come back in the same instant.
   */
  static long waitMillis(int attempt, Throwable failure, DoubleSupplier random) {
    if (failure instanceof CrmException e && e.retryAfter().isPresent()) {
      return e.retryAfter().get().toMillis();
    }
    long backoff = Math.min(FIRST_BACKOFF.toMillis() << Math.min(attempt - 1, 10), MAX_BACKOFF.toMillis());
    double r = Math.min(Math.max(random.getAsDouble(), 0.0), 1.0);
    return backoff / 2 + Math.round(backoff / 2.0 * r);
  }

  private static boolean certainlyNotActedOn(RetryableCrmException e) {
    return HubSpotErrors.UNREACHABLE.equals(e.code())
        || HubSpotApiError.of(e).map(api -> api.status() == 429).orElse(false);
  }

  /** Runs {@code attempt}, retrying as {@code repeat} allows; rethrows the last failure. */
  public <T> T run(HubSpotCall.Repeat repeat, Supplier<T> attempt) {
    if (repeat == HubSpotCall.Repeat.ONCE) {
      return attempt.get();
    }
    Retry.AsyncContext<T> context =
        (repeat == HubSpotCall.Repeat.SAFE ? safe : unsentOnly).asyncContext();
    while (true) {
      try {
        T result = attempt.get();
        context.onComplete();
        return result;
      } catch (CrmException e) {
        long waitMillis = context.onError(e);
        if (waitMillis < 0) {
          throw e;
        }
        beforeWait.accept(e, Duration.ofMillis(waitMillis));
        try {
          sleeper.sleep(Duration.ofMillis(waitMillis));
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }
}
