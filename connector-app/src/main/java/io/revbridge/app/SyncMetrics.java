package io.revbridge.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.revbridge.sync.SyncReport;
import java.time.Duration;

/**
 * What the sync did, as Prometheus counters (totals since start) and the lag histogram: the time from a
 * change in the CRM to Revbridge's write-back, per connection. Thread-safe.
 */
final class SyncMetrics {
  private final MeterRegistry registry;
  private final Counter polled;
  private final Counter scored;
  private final Counter written;
  private final Counter owners;
  private final Counter tasks;
  private final Counter deadLetters;
  private final Counter retries;

  SyncMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.polled = counter("revbridge_records_polled_total",
        "Records read by polls (webhook events: revbridge_webhook_events_total)");
    this.scored = counter("revbridge_records_scored_total", "Records that went through mapping and scoring");
    this.written = counter("revbridge_records_written_total", "Records whose fields were written to the CRM");
    this.owners = counter("revbridge_owners_assigned_total", "Owners assigned by routing and written");
    this.tasks = counter("revbridge_follow_up_tasks_total", "Follow-up tasks created in the CRM");
    this.deadLetters = counter("revbridge_dead_letters_total", "Records set aside as dead letters");
    this.retries = counter("revbridge_write_retries_total", "Writes that failed and were scheduled to retry");
  }

  private Counter counter(String name, String description) {
    return Counter.builder(name).description(description).register(registry);
  }

  void record(SyncReport report) {
    polled.increment(report.read());
    scored.increment(report.scored());
    written.increment(report.recordsWritten());
    owners.increment(report.ownersAssigned());
    tasks.increment(report.tasksCreated());
    deadLetters.increment(report.deadLetters());
    retries.increment(report.retriesPending());
  }

  void webhookEvents(String connection, int events) {
    Counter.builder("revbridge_webhook_events_total").tag("connection", connection)
        .description("Changes received by webhook (before deduplication)").register(registry)
        .increment(events);
  }

  void writeBack(String connection, Duration lag) {
    Timer.builder("revbridge_change_to_write_seconds").tag("connection", connection)
        .description("Time from a change in the CRM to Revbridge's write-back of the record")
        .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(100))
        .maximumExpectedValue(Duration.ofHours(2)).register(registry)
        .record(lag.isNegative() ? Duration.ZERO : lag);
  }
}
