package io.revbridge.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimingTest {
  private final TimingRule rule = new TimingRule(LeadScoringModel.defaults());

  private ScoreReason timing(boolean activeProject, boolean budgetCycle, boolean solutionExpiring) {
    return rule.score(People.person().timing(activeProject, budgetCycle, solutionExpiring).build().timing());
  }

  @Test
  void eachSignalAloneGivesItsPoints() {
    assertThat(timing(true, false, false)).isEqualTo(new ScoreReason("timing", 25, "active project"));
    assertThat(timing(false, true, false)).isEqualTo(new ScoreReason("timing", 20, "budget cycle"));
    assertThat(timing(false, false, true)).isEqualTo(new ScoreReason("timing", 15, "current solution expiring"));
  }

  @Test
  void theHighestSignalCountsAndTheOthersAreMentioned() {
    assertThat(timing(true, true, true))
        .isEqualTo(new ScoreReason("timing", 25, "active project (also budget cycle, current solution expiring)"));
    assertThat(timing(false, true, true))
        .isEqualTo(new ScoreReason("timing", 20, "budget cycle (also current solution expiring)"));
  }

  @Test
  void withoutSignalsItIsGeneralInterest() {
    assertThat(timing(false, false, false))
        .isEqualTo(new ScoreReason("timing", 10, "general interest: no timing signal yet"));
  }
}
