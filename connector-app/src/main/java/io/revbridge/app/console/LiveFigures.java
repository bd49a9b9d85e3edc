package io.revbridge.app.console;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Figures this process counted since it started, read from the same meters {@code /metrics} serves: webhook intake and
 * the lag from a CRM change to Revbridge's write-back. Another instance's figures are on its own console.
 */
final class LiveFigures {
  private final MeterRegistry registry;

  LiveFigures(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Changes received by webhook on this connection (before deduplication). */
  long webhookEvents(String connection) {
    Counter c = registry.find("revbridge_webhook_events_total").tag("connection", connection).counter();
    return c == null ? 0 : (long) c.count();
  }

  /** Webhook requests refused (bad signature, too big, unknown connection ...). */
  long webhooksRejected(String connection) {
    return (long) registry.find("revbridge_webhooks_total").tag("connection", connection).counters().stream()
        .filter(c -> c.getId().getTag("result") != null && c.getId().getTag("result").startsWith("rejected"))
        .mapToDouble(Counter::count).sum();
  }

  /** The lag at the given quantile (0.5, 0.95): the upper bound of the histogram bucket it falls in; empty before any write. */
  Optional<Duration> lag(String connection, double quantile) {
    Timer timer = registry.find("revbridge_change_to_write_seconds").tag("connection", connection).timer();
    if (timer == null || timer.count() == 0) {
      return Optional.empty();
    }
    HistogramSnapshot snapshot = timer.takeSnapshot();
    double wanted = quantile * snapshot.count();
    for (CountAtBucket bucket : snapshot.histogramCounts()) {
      if (bucket.count() >= wanted) {
        return Optional.of(Duration.ofNanos((long) bucket.bucket(TimeUnit.NANOSECONDS)));
      }
    }
    return Optional.of(Duration.ofNanos((long) snapshot.max(TimeUnit.NANOSECONDS)));
  }

  /** 850 ms, 12 s, 4 min, 2.5 h. */
  static String describe(Duration d) {
    long ms = d.toMillis();
    if (ms < 1000) {
      return ms + " ms";
    }
    if (ms < 60_000) {
      return String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }
    if (ms < 3_600_000) {
      return String.format(java.util.Locale.ROOT, "%.1f min", ms / 60_000.0);
    }
    return String.format(java.util.Locale.ROOT, "%.1f h", ms / 3_600_000.0);
  }
}
