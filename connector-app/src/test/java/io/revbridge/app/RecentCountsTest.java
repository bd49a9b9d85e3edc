package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentCountsTest {
  private Instant now = Instant.parse("2026-03-02T09:00:00Z");
  private final Clock clock = new Clock() {
    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  };

  @Test
  void theGaugesOfOneScrapeShareOneCountAndALaterScrapeCountsAgain() {
    AtomicInteger counted = new AtomicInteger();
    RecentCounts counts = new RecentCounts(
        () -> Map.of("PENDING", (long) counted.incrementAndGet(), "DONE", 1_000_000L), clock, Duration.ofSeconds(10));

    Map<String, Long> first = counts.get();
    counts.get();
    now = now.plusSeconds(9);
    Map<String, Long> sameScrape = counts.get();
    now = now.plusSeconds(1);
    Map<String, Long> nextScrape = counts.get();

    assertThat(first).containsEntry("PENDING", 1L);
    assertThat(sameScrape).containsEntry("PENDING", 1L);
    assertThat(nextScrape).containsEntry("PENDING", 2L).containsEntry("DONE", 1_000_000L);
    assertThat(counted).hasValue(2);
  }
}
