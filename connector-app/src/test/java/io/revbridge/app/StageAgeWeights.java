package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.predictive.FeatureWeight;
import java.util.List;

/**
 * What a deal model trained on the sandbox's history must have learned of stage ages: the hidden truth lowers the odds
 * of a deal that sat 45 days or more in the open stage it closed from, so that weight must be negative and clearly
 * below a brisk deal's. A history read without its stage history (no stage ages at all, or the closed stage's own
 * clock) cannot pass.
 */
final class StageAgeWeights {
  private StageAgeWeights() {}

  static void assertLearned(List<FeatureWeight> features) {
    assertThat(weight(features, "stagedays:45+")).as("deals: 45+ days in the last open stage hurts").isNegative();
    assertThat(weight(features, "stagedays:<14") - weight(features, "stagedays:45+"))
        .as("deals: a brisk deal beats a stalled one").isGreaterThan(0.8);
  }

  static double weight(List<FeatureWeight> features, String key) {
    return features.stream().filter(f -> f.key().equals(key)).mapToDouble(FeatureWeight::weight).findFirst()
        .orElseThrow(() -> new AssertionError("no feature " + key + " among " + features.size()));
  }
}
