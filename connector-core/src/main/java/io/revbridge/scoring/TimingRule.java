package io.revbridge.scoring;

import io.revbridge.model.Person;
import io.revbridge.model.TimingSignals;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Timing: the strongest timing signal counts; without any, general interest. */
final class TimingRule {
  static final String CATEGORY = "Timing";

  private final LeadScoringModel model;

  TimingRule(LeadScoringModel model) {
    this.model = model;
  }

  ScoreReason score(Person person) {
    TimingSignals timing = person.timing();
    List<Map.Entry<String, Integer>> present = new ArrayList<>();
    if (timing.activeProject()) {
      present.add(Map.entry("active project", model.activeProjectPoints()));
    }
    if (timing.budgetCycle()) {
      present.add(Map.entry("budget cycle", model.budgetCyclePoints()));
    }
    if (timing.solutionExpiring()) {
      present.add(Map.entry("current solution expiring", model.solutionExpiringPoints()));
    }
    if (present.isEmpty()) {
      return reason(model.generalInterestPoints(), "no timing signal yet, general interest");
    }
    // Stable sort: on equal points the order above (active project first) decides.
    present.sort(Comparator.comparing(Map.Entry<String, Integer>::getValue).reversed());
    String text = present.get(0).getKey();
    if (present.size() > 1) {
      text += " (also " + String.join(", ", present.subList(1, present.size()).stream().map(Map.Entry::getKey).toList()) + ")";
    }
    return reason(present.get(0).getValue(), text);
  }

  private ScoreReason reason(int points, String text) {
    return new ScoreReason(CATEGORY, Math.min(points, model.categoryMax()), model.categoryMax(), text);
  }
}
