package io.revbridge.hubspot.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Time that only moves when someone sleeps (or a test advances it): the throttle and the retry policy
 * run at full speed and the test can read every wait they asked for.
 */
public final class FakeTime {
  private Instant now;
  private long nanos = 5_000_000_000L;
  private final List<Duration> sleeps = new ArrayList<>();

  public FakeTime(Instant start) {
    this.now = start;
  }

  public FakeTime() {
    this(Instant.parse("2026-03-30T10:00:00Z"));
  }

  public HubSpotTiming timing() {
    return new HubSpotTiming(clock(), this::nanoTime, this::sleep);
  }

  public synchronized void advance(Duration duration) {
    now = now.plus(duration);
    nanos += duration.toNanos();
  }

  public synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  private synchronized long nanoTime() {
    return nanos;
  }

  private synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    advance(duration);
  }

  private synchronized Instant now() {
    return now;
  }

  public Clock clock() {
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return now();
      }
    };
  }
}
