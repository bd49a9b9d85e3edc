package io.revbridge.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.revbridge.sandbox.SandboxStats;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimitBoundTest {
  private static SandboxStats limits(int burstPer10s) {
    return new SandboxStats(Map.of(), Map.of(), 0, 0, 0, 0, 0, burstPer10s, 5, 100, 200, 10_000);
  }

  @Test
  void professionalTierBackfillIsBoundBySearchPages() {
    RateLimitBound b = RateLimitBound.of(limits(190), 100_000, 20_000, 5_000);

    assertThat(b.searchCalls()).isEqualTo(500);
    assertThat(b.burstCalls()).isEqualTo(1_000 + 200 + 50);
    assertThat(b.searchSeconds()).isCloseTo(100.0, within(1e-9));
    assertThat(b.burstSeconds()).isCloseTo(1_250 / 19.0, within(1e-9));
    assertThat(b.recordsPerSecond()).isCloseTo(1_000.0, within(1e-9));
  }

  @Test
  void lowestTierBackfillIsBoundByTheBurstWindow() {
    RateLimitBound b = RateLimitBound.of(limits(100), 100_000, 20_000, 5_000);

    assertThat(b.burstSeconds()).isCloseTo(125.0, within(1e-9));
    assertThat(b.recordsPerSecond()).isCloseTo(800.0, within(1e-9));
  }

  @Test
  void partialBatchesCountAsWholeCalls() {
    RateLimitBound b = RateLimitBound.of(limits(190), 201, 101, 1);

    assertThat(b.searchCalls()).isEqualTo(2);
    assertThat(b.burstCalls()).isEqualTo(3 + 2 + 1);
  }
}
