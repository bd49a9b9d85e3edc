package io.revbridge.salesforce.internal;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.revbridge.spi.CrmException;
import io.revbridge.spi.RetryableCrmException;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * Retries transient failures (transport errors, HTML error pages, {@code SERVER_UNAVAILABLE}) inside the
 * adapter with resilience4j: two more attempts, waiting {@code firstWait}, then twice that. A failure that
 * names its own wait ({@code REQUEST_LIMIT_EXCEEDED}) is not waited out here: it goes to
 * the engine, which schedules the next try without holding a thread.
 *
 * <p>resilience4j's synchronous retry sleeps through a JVM-wide hook, so this drives its async context,
 * which only computes the wait, and waits through the injected sleeper (tests pass one that records).
 */
final class SalesforceRetry {
  static final int MAX_ATTEMPTS = 3;

  private final Retry retry;
  private final LongConsumer sleeper;

  SalesforceRetry(long firstWaitMillis, LongConsumer sleeper) {
    IntervalBiFunction<Object> wait = (attempt, outcome) -> firstWaitMillis << Math.min(attempt - 1, 10);
    this.retry = Retry.of("salesforce", RetryConfig.custom()
        .maxAttempts(MAX_ATTEMPTS)
        .intervalBiFunction(wait)
        .retryOnException(e -> e instanceof RetryableCrmException r && r.retryAfter().isEmpty()
            && !Thread.currentThread().isInterrupted())
        .build());
    this.sleeper = sleeper;
  }

  static SalesforceRetry sleeping(long firstWaitMillis) {
    return new SalesforceRetry(firstWaitMillis, millis -> {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
  }

  /** Runs {@code attempt}, retrying what may be retried; rethrows the last failure. */
  <T> T run(Supplier<T> attempt) {
    Retry.AsyncContext<T> context = retry.asyncContext();
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
        sleeper.accept(waitMillis);
      }
    }
  }
}
