package io.revbridge.hubspot.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revbridge.spi.RejectedCrmException;
import io.revbridge.spi.RetryableCrmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HubSpotRetryTest {
  final List<Duration> waits = new ArrayList<>();

  @Test
  void backoffsAreJitteredBetweenHalfAndAllOfTheExponentialStep() {
    double[] draws = {0.0, 0.5, 1.0};
    AtomicInteger n = new AtomicInteger();
    HubSpotRetry retry = new HubSpotRetry(3, waits::add, () -> draws[n.getAndIncrement()]);
    AtomicInteger attempts = new AtomicInteger();

    assertThatThrownBy(() -> retry.run(HubSpotCall.Repeat.SAFE, () -> {
      attempts.incrementAndGet();
      throw new RetryableCrmException("HTTP_503", "down", null, null);
    })).isInstanceOf(RetryableCrmException.class);

    assertThat(attempts).hasValue(4);
    assertThat(waits).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1500), Duration.ofMillis(4000));
  }

  @Test
  void aWaitHubSpotNamedIsKeptExactly() {
    HubSpotRetry retry = new HubSpotRetry(1, waits::add, () -> 0.0);

    assertThatThrownBy(() -> retry.run(HubSpotCall.Repeat.SAFE, () -> {
      throw new RetryableCrmException("RATE_LIMIT", "429", Duration.ofSeconds(10), null);
    })).isInstanceOf(RetryableCrmException.class);

    assertThat(waits).containsExactly(Duration.ofSeconds(10));
  }

  @Test
  void validationErrorsAreNeverRetried() {
    HubSpotRetry retry = new HubSpotRetry(5, waits::add, () -> 0.5);
    AtomicInteger attempts = new AtomicInteger();

    assertThatThrownBy(() -> retry.run(HubSpotCall.Repeat.SAFE, () -> {
      attempts.incrementAndGet();
      throw new RejectedCrmException("VALIDATION_ERROR", "400", null);
    })).isInstanceOf(RejectedCrmException.class);

    assertThat(attempts).hasValue(1);
    assertThat(waits).isEmpty();
  }
}
