package io.revbridge.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntentTest {
  private final IntentRule rule = new IntentRule(LeadScoringModel.defaults());

  private ScoreReason intent(boolean pricingPage, int downloads, boolean webinar, int visits, int emails) {
    return rule.score(People.person().intent(pricingPage, downloads, webinar, visits, emails).build());
  }

  @Test
  void eachSignalGivesItsPoints() {
    assertThat(intent(true, 0, false, 0, 0).points()).isEqualTo(15);
    assertThat(intent(false, 1, false, 0, 0).points()).isEqualTo(10);
    assertThat(intent(false, 0, true, 0, 0).points()).isEqualTo(15);
    assertThat(intent(false, 0, false, 2, 0).points()).isEqualTo(10);
    assertThat(intent(false, 0, false, 0, 1).points()).isEqualTo(5);
  }

  @Test
  void oneVisitIsNotYetARepeatVisit() {
    assertThat(intent(false, 0, false, 1, 0).points()).isZero();
  }

  @Test
  void signalsAddUpBelowTheCap() {
    ScoreReason reason = intent(false, 2, false, 3, 1);

    assertThat(reason.points()).isEqualTo(25);
    assertThat(reason.text()).isEqualTo("downloaded 2 pieces of content (+10), 3 website visits (+10), engaged with 1 email (+5)");
  }

  @Test
  void sumAboveTwentyFiveIsCappedAndTheReasonSaysSo() {
    ScoreReason reason = intent(true, 0, true, 0, 0);

    assertThat(reason.points()).isEqualTo(25);
    assertThat(reason.text()).isEqualTo("visited the pricing page (+15), attended a webinar (+15) — capped at 25");
    assertThat(intent(true, 4, true, 9, 7).points()).isEqualTo(25);
  }

  @Test
  void noSignalsGiveNothing() {
    assertThat(intent(false, 0, false, 0, 0)).isEqualTo(new ScoreReason("Intent", 0, 25, "no intent signals yet"));
  }
}
