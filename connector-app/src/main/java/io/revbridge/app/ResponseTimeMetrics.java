package io.revbridge.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.revbridge.store.SlaStore;
import io.revbridge.store.SlaTimer;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * First-touch response times as a Prometheus histogram, {@code revbridge_first_touch_seconds{team, rep, sla}}:
 * {@code sla} is {@code met} or {@code breached} (a late touch), {@code team} a playbook team, {@code rep} the CRM
 * owner id. Tag values are bounded: teams come from the playbook, and after {@value #MAX_REPS} distinct reps any
 * further one is counted as {@code other}, so a large org cannot blow up the series count. Thread-safe.
 */
final class ResponseTimeMetrics {
  static final int MAX_REPS = 200;
  static final String OTHER = "other";

  private final MeterRegistry registry;
  private final Set<String> teams;
  private final Set<String> reps = ConcurrentHashMap.newKeySet();

  ResponseTimeMetrics(MeterRegistry registry, Set<String> teams) {
    this.registry = registry;
    this.teams = Set.copyOf(teams);
  }

  void record(SlaStore.Response r) {
    if (r.respondedAt() == null) {
      return;
    }
    String team = r.team() != null && teams.contains(r.team()) ? r.team() : OTHER;
    Timer.builder("revbridge_first_touch_seconds")
        .description("Time from routing a lead to its owner's first touch (call, email, meeting, status change)")
        .tag("team", team).tag("rep", rep(r.ownerId()))
        .tag("sla", SlaTimer.BREACHED.equals(r.status()) ? "breached" : "met")
        .publishPercentileHistogram().minimumExpectedValue(Duration.ofSeconds(30))
        .maximumExpectedValue(Duration.ofDays(3)).register(registry)
        .record(Duration.between(r.startedAt(), r.respondedAt()));
  }

  private String rep(String ownerId) {
    if (ownerId == null) {
      return OTHER;
    }
    if (reps.contains(ownerId)) {
      return ownerId;
    }
    synchronized (reps) {
      if (reps.size() < MAX_REPS) {
        reps.add(ownerId);
        return ownerId;
      }
    }
    return OTHER;
  }
}
