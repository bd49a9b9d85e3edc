package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentCountsTest {
  private final SteppingClock clock = new SteppingClock(Instant.parse("2026-03-02T09:00:00Z"));

  @Test
  void theGaugesOfOneScrapeShareOneCountAndALaterScrapeCountsAgain() {
    AtomicInteger counted = new AtomicInteger();
    RecentCounts counts = new RecentCounts(
        () -> Map.of("PENDING", (long) counted.incrementAndGet(), "DONE", 1_000_000L), clock, Duration.ofSeconds(10));

    Map<String, Long> first = counts.get();
    counts.get();
    clock.advance(Duration.ofSeconds(9));
    Map<String, Long> sameScrape = counts.get();
    clock.advance(Duration.ofSeconds(1));
    Map<String, Long> nextScrape = counts.get();

    assertThat(first).containsEntry("PENDING", 1L);
    assertThat(sameScrape).containsEntry("PENDING", 1L);
    assertThat(nextScrape).containsEntry("PENDING", 2L).containsEntry("DONE", 1_000_000L);
    assertThat(counted).hasValue(2);
  }
}
