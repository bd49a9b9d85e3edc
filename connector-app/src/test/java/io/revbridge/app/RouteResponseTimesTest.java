package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.revbridge.store.SlaStore;
import io.revbridge.store.SlaTimer;
import io.revbridge.store.Store;
import io.revbridge.store.StoreSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RouteResponseTimesTest {
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  @TempDir Path folder;

  static SlaTimer clock(String lead, String owner, Instant start) {
    return new SlaTimer("main/contacts/" + lead, owner, "europe", "HOT", "NEW", start, start.plusSeconds(600),
        start.plus(Duration.ofMinutes(15)));
  }

  @Test
  void responseTimesPerTeamAndRepWithMetBreachedAndPercentiles() throws Exception {
    String url = "jdbc:h2:file:" + folder.resolve("db").toAbsolutePath();
    try (Store store = Store.open(StoreSettings.of(url))) {
      store.slas().start(clock("p1", "ana", T0));
      store.slas().start(clock("p2", "ana", T0));
      store.slas().start(clock("p3", "ben", T0));
      store.slas().start(clock("p4", "ben", T0));
      store.slas().touch(List.of(new SlaStore.Touch("main/contacts/p1", "ana", T0.plus(Duration.ofMinutes(4)), "call"),
          new SlaStore.Touch("main/contacts/p2", "ana", T0.plus(Duration.ofMinutes(10)), "email"),
          new SlaStore.Touch("main/contacts/p3", "ben", T0.plus(Duration.ofMinutes(2)), "meeting")));
      store.slas().takeBreaches(T0.plus(Duration.ofMinutes(20))); // p4 was never touched
    }
    Path config = StoreOnlyConfig.write(folder, url);

    Cli cli = Cli.run(Map.of("HUBSPOT_TOKEN", "t"), "route", "response-times", "--config", config.toString(),
        "--since", T0.toString());

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cli.out()).containsPattern("europe\\s+\\(team\\)\\s+4\\s+3\\s+1\\s+0\\s+4\\.0\\s+10\\.0")
        .containsPattern("europe\\s+ana\\s+2\\s+2\\s+0\\s+0\\s+4\\.0\\s+10\\.0")
        .containsPattern("europe\\s+ben\\s+2\\s+1\\s+1\\s+0\\s+2\\.0\\s+2\\.0");
    assertThat(cli.lastLine()).startsWith("4 SLA clocks since 2026-03-02T09:00:00Z");
  }

  @Test
  void theHistogramTagsTeamRepAndOutcomeAndCapsTheRepTag() {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    ResponseTimeMetrics metrics = new ResponseTimeMetrics(registry, Set.of("europe"));
    metrics.record(new SlaStore.Response("k", "ana", "europe", "HOT", SlaTimer.TOUCHED, T0,
        T0.plusSeconds(900), T0.plusSeconds(240), "call"));
    for (int i = 0; i < ResponseTimeMetrics.MAX_REPS + 5; i++) {
      metrics.record(new SlaStore.Response("k" + i, "rep" + i, "gone-team", "HOT", SlaTimer.BREACHED, T0,
          T0.plusSeconds(900), T0.plusSeconds(1800), "email"));
    }

    String scrape = registry.scrape();
    assertThat(scrape).contains("revbridge_first_touch_seconds_count{rep=\"ana\",sla=\"met\",team=\"europe\"} 1")
        .contains("rep=\"other\",sla=\"breached\",team=\"other\"} 6");
  }
}
