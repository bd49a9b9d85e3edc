package io.revbridge.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.revbridge.spi.ApiListener;
import io.revbridge.spi.ApiOutcome;
import io.revbridge.spi.RateLimitWait;
import java.time.Duration;

/**
 * The adapters' API calls and rate-limit waits as Prometheus counters, per connection:
 * {@code revbridge_api_calls_total{connection,outcome}}, {@code revbridge_rate_limit_waits_total{connection,reason}}
 * and {@code revbridge_rate_limit_wait_seconds_total{connection,reason}}. Thread-safe (Micrometer's counters are).
 */
final class ApiMetrics implements ApiListener {
  private final MeterRegistry registry;

  ApiMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void called(String connection, ApiOutcome outcome) {
    Counter.builder("revbridge_api_calls_total").tag("connection", connection).tag("outcome", outcome.label())
        .description("HTTP exchanges with the CRM by outcome (each retry counts)").register(registry).increment();
  }

  @Override
  public void waited(String connection, RateLimitWait reason, Duration wait) {
    Counter.builder("revbridge_rate_limit_waits_total").tag("connection", connection).tag("reason", reason.label())
        .description("Times calls were held back for the CRM's limits").register(registry).increment();
    Counter.builder("revbridge_rate_limit_wait_seconds_total").tag("connection", connection)
        .tag("reason", reason.label()).baseUnit("seconds")
        .description("Time calls were held back for the CRM's limits (daily_limit: the hold announced)")
        .register(registry).increment(wait.toNanos() / 1e9);
  }
}
