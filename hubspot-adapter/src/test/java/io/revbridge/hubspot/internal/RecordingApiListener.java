package io.revbridge.hubspot.internal;

import io.revbridge.spi.ApiListener;
import io.revbridge.spi.ApiOutcome;
import io.revbridge.spi.RateLimitWait;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Records every call outcome and every wait it is told about. */
final class RecordingApiListener implements ApiListener {
  final List<ApiOutcome> calls = new ArrayList<>();
  final List<String> waits = new ArrayList<>();

  @Override
  public synchronized void called(String connection, ApiOutcome outcome) {
    calls.add(outcome);
  }

  @Override
  public synchronized void waited(String connection, RateLimitWait reason, Duration wait) {
    waits.add(reason.label() + " " + wait);
  }

  synchronized Map<String, Integer> callsByOutcome() {
    Map<String, Integer> counts = new TreeMap<>();
    calls.forEach(o -> counts.merge(o.label(), 1, Integer::sum));
    return counts;
  }
}
