package io.revbridge.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntentTest {
  private final IntentRule rule = new IntentRule(LeadScoringModel.defaults());
  private final List<ScoreReason> reasons = new ArrayList<>();

  private int intent(boolean pricingPage, int downloads, boolean webinar, int visits, int emails) {
    reasons.clear();
    return rule.score(People.person().intent(pricingPage, downloads, webinar, visits, emails).build().intent(), reasons);
  }

  private List<String> lines() {
    return reasons.stream().map(ScoreReason::line).toList();
  }

  @Test
  void eachSignalGivesItsPoints() {
    assertThat(intent(true, 0, false, 0, 0)).isEqualTo(15);
    assertThat(lines()).containsExactly("+15 visited pricing page");
    assertThat(intent(false, 1, false, 0, 0)).isEqualTo(10);
    assertThat(lines()).containsExactly("+10 downloaded 1 resource");
    assertThat(intent(false, 0, true, 0, 0)).isEqualTo(15);
    assertThat(intent(false, 0, false, 2, 0)).isEqualTo(10);
    assertThat(lines()).containsExactly("+10 2 site visits");
    assertThat(intent(false, 0, false, 0, 1)).isEqualTo(5);
    assertThat(lines()).containsExactly("+5 engaged with email");
  }

  @Test
  void oneVisitIsNotYetMultipleVisits() {
    assertThat(intent(false, 0, false, 1, 0)).isZero();
  }

  @Test
  void signalsAddUpToExactlyTheCapWithoutACapReason() {
    assertThat(intent(false, 2, false, 3, 1)).isEqualTo(25);
    assertThat(lines()).containsExactly("+10 downloaded 2 resources", "+10 3 site visits", "+5 engaged with email");
  }

  @Test
  void sumAboveTheCapIsCappedByANegativeReasonSoReasonsStillAddUp() {
    assertThat(intent(true, 0, true, 0, 0)).isEqualTo(25);
    assertThat(lines()).containsExactly("+15 visited pricing page", "+15 attended a webinar", "\u22125 intent capped at 25");
    assertThat(intent(true, 4, true, 9, 7)).isEqualTo(25);
    assertThat(reasons.stream().mapToInt(ScoreReason::points).sum()).isEqualTo(25);
  }

  @Test
  void noSignalsAreNamed() {
    assertThat(intent(false, 0, false, 0, 0)).isZero();
    assertThat(reasons).containsExactly(new ScoreReason("intent", 0, "no intent signals yet"));
  }
}
