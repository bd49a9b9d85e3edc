package io.revbridge.app;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds how many webhook requests are read and stored into the inbox at once ({@code server.webhookConcurrency}),
 * so a burst holds at most that many bodies in memory and that many store connections; the rest wait up to
 * {@code server.webhookWaitMillis} for a turn, then are answered 503 with {@code Retry-After} and the CRM sends
 * them again. Gauges {@code revbridge_webhook_intake_in_flight} and {@code revbridge_webhook_intake_in_flight_max}
 * (the most at once since start) show the bound holding. Thread-safe.
 */
final class WebhookIntake {
  /** What a refused request is told to wait before sending again. */
  static final Duration RETRY_AFTER = Duration.ofSeconds(5);

  private final Semaphore turns;
  private final long waitMillis;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();

  WebhookIntake(int concurrency, int waitMillis, MeterRegistry metrics) {
    this.turns = new Semaphore(concurrency, true);
    this.waitMillis = waitMillis;
    Gauge.builder("revbridge_webhook_intake_in_flight", inFlight, AtomicInteger::get)
        .description("Webhook requests being read and stored now (at most server.webhookConcurrency)")
        .register(metrics);
    Gauge.builder("revbridge_webhook_intake_in_flight_max", maxInFlight, AtomicInteger::get)
        .description("The most webhook requests read and stored at once since start").register(metrics);
  }

  /**
   * Waits for a turn; true when the caller holds one and must call {@link #leave()} when its changes are stored,
   * false when none came free in time (answer 503).
   */
  boolean enter() {
    try {
      if (!turns.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
        return false;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    int now = inFlight.incrementAndGet();
    maxInFlight.accumulateAndGet(now, Math::max);
    return true;
  }

  void leave() {
    inFlight.decrementAndGet();
    turns.release();
  }
}
