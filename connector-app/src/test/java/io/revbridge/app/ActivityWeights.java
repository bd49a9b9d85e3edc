package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.predictive.FeatureWeight;
import java.util.List;

/**
 * What a model trained on the sandbox's history must have learned of its activities: the hidden truth raises the odds
 * of a record met in the 30 days before its outcome and lowers those of one nobody emailed, so the weights must say
 * the same, by a clear margin. Reading the activities wrong (none, or the kick-off after a win) cannot pass.
 */
final class ActivityWeights {
  private ActivityWeights() {}

  static void assertLearned(String kind, List<FeatureWeight> features) {
    // the sandbox logs meetings only in the last 30 days, so the recent and all-time counts share the effect
    assertThat(weight(features, "meetings30:1-2") + weight(features, "meetings:1-2")
        - weight(features, "meetings30:none") - weight(features, "meetings:none"))
        .as(kind + ": a meeting in the 30 days before the outcome helps").isGreaterThan(0.4);
    assertThat(weight(features, "emails30:1-2") - weight(features, "emails30:none"))
        .as(kind + ": no email engagement in 30 days hurts").isGreaterThan(0.3);
    assertThat(features).filteredOn(f -> f.key().equals("emails30:none")).singleElement()
        .satisfies(f -> assertThat(f.text()).isEqualTo("no email engagement in 30 days"));
  }

  private static double weight(List<FeatureWeight> features, String key) {
    return features.stream().filter(f -> f.key().equals(key)).mapToDouble(FeatureWeight::weight).findFirst()
        .orElseThrow(() -> new AssertionError("no feature " + key + " among " + features.size()));
  }
}
