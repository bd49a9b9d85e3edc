package io.revbridge.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.store.RoutingStore.FairnessRow;
import java.util.List;
import org.junit.jupiter.api.Test;

class FairnessReportTest {
  @Test
  void sharesAreComparedWithWeightsWithinEachPool() {
    List<FairnessReport.Line> lines = FairnessReport.of(List.of(new FairnessRow("main/eu", "a", 30, 1),
        new FairnessRow("main/eu", "b", 70, 3), new FairnessRow("main/us", "c", 5, 1)));

    assertThat(lines).extracting(FairnessReport.Line::ownerId, FairnessReport.Line::share, FairnessReport.Line::weightShare)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("a", 0.3, 0.25),
            org.assertj.core.groups.Tuple.tuple("b", 0.7, 0.75), org.assertj.core.groups.Tuple.tuple("c", 1.0, 1.0));
  }
}
