package io.revbridge.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimingTest {
  private final TimingRule rule = new TimingRule(LeadScoringModel.defaults());

  private ScoreReason timing(boolean activeProject, boolean budgetCycle, boolean solutionExpiring) {
    return rule.score(People.person().timing(activeProject, budgetCycle, solutionExpiring).build());
  }

  @Test
  void eachSignalAloneGivesItsPoints() {
    assertThat(timing(true, false, false)).isEqualTo(new ScoreReason("Timing", 25, 25, "active project"));
    assertThat(timing(false, true, false)).isEqualTo(new ScoreReason("Timing", 20, 25, "budget cycle"));
    assertThat(timing(false, false, true)).isEqualTo(new ScoreReason("Timing", 15, 25, "current solution expiring"));
  }

  @Test
  void theStrongestSignalCountsAndTheOthersAreMentioned() {
    assertThat(timing(true, true, true))
        .isEqualTo(new ScoreReason("Timing", 25, 25, "active project (also budget cycle, current solution expiring)"));
    assertThat(timing(false, true, true).points()).isEqualTo(20);
  }

  @Test
  void withoutSignalsItIsGeneralInterest() {
    assertThat(timing(false, false, false))
        .isEqualTo(new ScoreReason("Timing", 10, 25, "no timing signal yet, general interest"));
  }
}
