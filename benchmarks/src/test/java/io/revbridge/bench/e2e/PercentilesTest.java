package io.revbridge.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PercentilesTest {
  @Test
  void nearestRankOfOneToHundredIsTheRankItself() {
    List<Long> samples = new ArrayList<>();
    for (long i = 100; i >= 1; i--) {
      samples.add(i);
    }
    Collections.shuffle(samples);

    assertThat(Percentiles.of(samples)).isEqualTo(new Percentiles(100, 50, 95, 99, 100));
  }

  @Test
  void noSamplesGiveZeros() {
    assertThat(Percentiles.of(List.of())).isEqualTo(new Percentiles(0, 0, 0, 0, 0));
  }
}
