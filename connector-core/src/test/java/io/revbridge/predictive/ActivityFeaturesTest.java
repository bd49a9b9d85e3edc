package io.revbridge.predictive;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.model.ActivityType;
import io.revbridge.store.ActivityStore.Touch;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActivityFeaturesTest {
  private static final Instant AS_OF = Instant.parse("2026-05-01T00:00:00Z");

  private static Touch touch(ActivityType type, int daysBefore) {
    return new Touch(type, AS_OF.minus(Duration.ofDays(daysBefore)).plusSeconds(60));
  }

  private static List<Feature> features(List<Touch> touches) {
    List<Feature> out = new ArrayList<>();
    ActivityFeatures.add(touches, AS_OF, out);
    return out;
  }

  @Test
  void countsPerKindRecentAndInAllInWordsARepReads() {
    List<Feature> f = features(List.of(touch(ActivityType.MEETING, 3), touch(ActivityType.MEETING, 10),
        touch(ActivityType.MEETING, 20), touch(ActivityType.CALL, 2), touch(ActivityType.CALL, 45),
        touch(ActivityType.EMAIL, 40)));

    assertThat(f).extracting(Feature::key).containsExactly("calls30:1-2", "calls:1-2", "emails30:none",
        "emails:1-2", "meetings30:3+", "meetings:3-5");
    assertThat(f).extracting(Feature::text).containsExactly("1 call in 30 days", "2 calls logged",
        "no email engagement in 30 days", "1 email logged", "3 meetings in 30 days", "3 meetings logged");
  }

  @Test
  void activitiesAtOrAfterTheScoringTimeNeverCount() {
    Touch kickOff = new Touch(ActivityType.MEETING, AS_OF.plus(Duration.ofDays(1)));
    Touch atTheMoment = new Touch(ActivityType.EMAIL, AS_OF);

    assertThat(features(List.of(kickOff, atTheMoment))).extracting(Feature::key).containsExactly("calls30:none",
        "calls:none", "emails30:none", "emails:none", "meetings30:none", "meetings:none");
  }

  @Test
  void theFactorsNameTheActivitiesWithTheirSign() {
    LinearModel linear = new LinearModel(0, Map.of("meetings30:3+", 0.9, "emails30:none", -0.7));
    ScoringModel model = new ScoringModel(PredictedObject.DEALS, linear, new PlattCalibrator(1, 0));

    Prediction p = model.predict(features(List.of(touch(ActivityType.MEETING, 1), touch(ActivityType.MEETING, 2),
        touch(ActivityType.MEETING, 3))), 3);

    assertThat(p.positive()).extracting(Factor::text).containsExactly("+ 3 meetings in 30 days");
    assertThat(p.negative()).extracting(Factor::text).containsExactly("− no email engagement in 30 days");
  }
}
