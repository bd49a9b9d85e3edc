package io.revbridge.hubspot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HubSpotSpacingTest {
  long now = 1_000_000L;

  @Test
  void callsQueuedAtOnceNeverPutMoreThanTheLimitIntoAnyWindow() {
    HubSpotSpacing spacing = new HubSpotSpacing(5, Duration.ofSeconds(1), () -> now);
    List<Long> sentAt = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      sentAt.add(now + spacing.reserve(Duration.ofMinutes(1)));
    }
    for (int i = 5; i < sentAt.size(); i++) {
      assertThat(sentAt.get(i) - sentAt.get(i - 5)).as("call %d and the fifth before it", i)
          .isGreaterThanOrEqualTo(Duration.ofMillis(1050).toNanos());
    }
    // and the limit is used: 20 calls take less than 4.3 s, not the 5 s of four per second
    assertThat(sentAt.get(19) - sentAt.get(0)).isLessThan(Duration.ofMillis(4300).toNanos());
  }

  @Test
  void aCallAfterAQuietSpellGoesAtOnce() {
    HubSpotSpacing spacing = new HubSpotSpacing(5, Duration.ofSeconds(1), () -> now);
    assertThat(spacing.reserve(Duration.ofMinutes(1))).isZero();
    now += Duration.ofSeconds(3).toNanos();
    assertThat(spacing.reserve(Duration.ofMinutes(1))).isZero();
  }

  @Test
  void aQueueLongerThanTheMostWaitReservesNothing() {
    HubSpotSpacing spacing = new HubSpotSpacing(1, Duration.ofSeconds(10), () -> now);
    spacing.reserve(Duration.ofSeconds(1));
    assertThat(spacing.reserve(Duration.ofSeconds(1))).isEqualTo(-1);
    now += Duration.ofSeconds(11).toNanos();
    assertThat(spacing.reserve(Duration.ofSeconds(1))).isZero();
  }
}
