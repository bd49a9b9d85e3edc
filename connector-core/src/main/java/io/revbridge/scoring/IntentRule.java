package io.revbridge.scoring;

import io.revbridge.model.IntentSignals;
import java.util.ArrayList;
import java.util.List;

/** Intent: points per buying signal, summed; a sum over the category maximum gives a negative "capped" reason. */
final class IntentRule {
  static final String CATEGORY = "intent";

  private final LeadScoringModel model;

  IntentRule(LeadScoringModel model) {
    this.model = model;
  }

  /** Adds this category's reasons to {@code out}; returns the category's points. */
  int score(IntentSignals intent, List<ScoreReason> out) {
    int sum = 0;
    if (intent.pricingPageVisited()) {
      sum += add(out, model.pricingPagePoints(), "visited pricing page");
    }
    if (intent.downloads() >= 1) {
      sum += add(out, model.downloadPoints(), "downloaded " + count(intent.downloads(), "resource"));
    }
    if (intent.webinarAttended()) {
      sum += add(out, model.webinarPoints(), "attended a webinar");
    }
    if (intent.visits() >= model.minVisits()) {
      sum += add(out, model.repeatVisitPoints(), count(intent.visits(), "site visit"));
    }
    if (intent.emailEngagements() >= 1) {
      sum += add(out, model.emailEngagementPoints(), "engaged with email");
    }
    if (sum == 0) {
      out.add(new ScoreReason(CATEGORY, 0, "no intent signals yet"));
    }
    if (sum > model.categoryMax()) {
      out.add(new ScoreReason(CATEGORY, model.categoryMax() - sum, "intent capped at " + model.categoryMax()));
      return model.categoryMax();
    }
    return sum;
  }

  private static int add(List<ScoreReason> out, int points, String text) {
    out.add(new ScoreReason(CATEGORY, points, text));
    return points;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
