package io.revbridge.app;

import io.revbridge.routing.FairnessReport;
import io.revbridge.store.Store;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The routing fairness report as {@code revbridge route fairness} and {@code GET /admin/api/routing/fairness} show it. */
final class FairnessQuery {
  /** How far back the report looks when no start is given. */
  static final Duration DEFAULT_PERIOD = Duration.ofDays(30);

  private FairnessQuery() {}

  /** {@code since} when given, else {@link #DEFAULT_PERIOD} before {@code now}. */
  static Instant since(Instant since, Instant now) {
    return since != null ? since : now.minus(DEFAULT_PERIOD);
  }

  static List<FairnessReport.Line> lines(Store store, Instant since) {
    return FairnessReport.of(store.routing().fairness(since));
  }
}
