package io.revbridge.scoring;

import io.revbridge.model.TimingSignals;
import java.util.ArrayList;
import java.util.List;

/** Timing: the strongest timing signal counts, the others are named in its reason; without any, general interest. */
final class TimingRule {
  static final String CATEGORY = "timing";

  private final LeadScoringModel model;

  TimingRule(LeadScoringModel model) {
    this.model = model;
  }

  ScoreReason score(TimingSignals timing) {
    List<String> names = new ArrayList<>(3);
    List<Integer> points = new ArrayList<>(3);
    if (timing.activeProject()) {
      names.add("active project");
      points.add(model.activeProjectPoints());
    }
    if (timing.budgetCycle()) {
      names.add("budget cycle");
      points.add(model.budgetCyclePoints());
    }
    if (timing.solutionExpiring()) {
      names.add("current solution expiring");
      points.add(model.solutionExpiringPoints());
    }
    if (names.isEmpty()) {
      return new ScoreReason(CATEGORY, Math.min(model.generalInterestPoints(), model.categoryMax()),
          "general interest: no timing signal yet");
    }
    int best = 0; // on equal points the first listed (active project) wins
    for (int i = 1; i < points.size(); i++) {
      if (points.get(i) > points.get(best)) {
        best = i;
      }
    }
    String text = names.remove(best);
    if (!names.isEmpty()) {
      text += " (also " + String.join(", ", names) + ")";
    }
    return new ScoreReason(CATEGORY, Math.min(points.get(best), model.categoryMax()), text);
  }
}
