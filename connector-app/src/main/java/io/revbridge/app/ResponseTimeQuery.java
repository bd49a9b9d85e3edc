package io.revbridge.app;

import io.revbridge.routing.ResponseTimeReport;
import io.revbridge.store.Store;
import java.time.Instant;
import java.util.List;

/** The response-time report as {@code revbridge route response-times} and the admin API show it. */
final class ResponseTimeQuery {
  /** Most clocks one report reads: a quarter of a busy team's leads, and a bounded query. */
  static final int MAX_CLOCKS = 100_000;

  private ResponseTimeQuery() {}

  static List<ResponseTimeReport.Line> lines(Store store, Instant since) {
    return ResponseTimeReport.of(store.slas().responses(since, MAX_CLOCKS));
  }
}
