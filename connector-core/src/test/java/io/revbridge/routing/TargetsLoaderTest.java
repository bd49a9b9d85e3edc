package io.revbridge.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.revbridge.mapping.MappingProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetsLoaderTest {
  @TempDir Path dir;

  @Test
  void theShippedTargetsGiveEveryRepTheMonthlyOnes() {
    Targets targets = TargetsLoader.load(PlaybookFiles.folder(RoutingPlaybookLoaderTest.SHIPPED));

    assertThat(targets.of("999").values().get("revenue")).isEqualByComparingTo("60000");
    assertThat(targets.of("999").values().get("responseMinutes")).isEqualByComparingTo("60");
    assertThat(targets.belowPercent()).isEqualTo(70);
  }

  @Test
  void aRepsOwnTargetsOverrideTheMonthlyOnesMetricByMetric() throws IOException {
    Files.writeString(dir.resolve("targets.yaml"), """
        monthly: {revenue: 60000, calls: 120}
        reps:
          "101": {revenue: 90_000}
        """);

    Targets targets = TargetsLoader.load(PlaybookFiles.folder(dir));

    assertThat(targets.of("101").values().get("revenue")).isEqualByComparingTo("90000");
    assertThat(targets.of("101").values().get("calls")).isEqualByComparingTo("120");
    assertThat(targets.of("102").values().get("revenue")).isEqualByComparingTo("60000");
  }

  @Test
  void aPlaybookWithoutTheFileHasNoTargets() {
    assertThat(TargetsLoader.load(PlaybookFiles.folder(dir))).isEqualTo(Targets.NONE);
  }

  @Test
  void everyProblemNamesItsFileLineAndKey() throws IOException {
    Files.writeString(dir.resolve("targets.yaml"), """
        monthly:
          revenue: lots
          calls: -5
          meetngs: 3
        reps:
          "101": 5
        belowPercent: 150
        extra: 1
        """);

    assertThatThrownBy(() -> TargetsLoader.load(PlaybookFiles.folder(dir)))
        .isInstanceOfSatisfying(PlaybookException.class, e -> {
          assertThat(e.problems()).extracting(MappingProblem::line, MappingProblem::key).contains(
              tuple(2, "monthly.revenue"), tuple(3, "monthly.calls"), tuple(4, "monthly.meetngs"),
              tuple(6, "reps.101"), tuple(7, "belowPercent"), tuple(8, "extra"));
          assertThat(e.getMessage()).contains(dir.resolve("targets.yaml") + ":2:").contains("not a number")
              .contains("did you mean `meetings`");
        });
  }
}
