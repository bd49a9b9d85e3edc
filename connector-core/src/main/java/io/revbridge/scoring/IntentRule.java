package io.revbridge.scoring;

import io.revbridge.model.IntentSignals;
import io.revbridge.model.Person;
import java.util.ArrayList;
import java.util.List;

/** Intent: points per buying signal, summed and capped at the category maximum. */
final class IntentRule {
  static final String CATEGORY = "Intent";

  private final LeadScoringModel model;

  IntentRule(LeadScoringModel model) {
    this.model = model;
  }

  ScoreReason score(Person person) {
    IntentSignals intent = person.intent();
    List<String> signals = new ArrayList<>();
    int sum = 0;
    if (intent.pricingPageVisited()) {
      sum += add(signals, "visited the pricing page", model.pricingPagePoints());
    }
    if (intent.downloads() >= 1) {
      sum += add(signals, "downloaded " + count(intent.downloads(), "piece") + " of content", model.downloadPoints());
    }
    if (intent.webinarAttended()) {
      sum += add(signals, "attended a webinar", model.webinarPoints());
    }
    if (intent.visits() >= model.minVisits()) {
      sum += add(signals, count(intent.visits(), "website visit"), model.repeatVisitPoints());
    }
    if (intent.emailEngagements() >= 1) {
      sum += add(signals, "engaged with " + count(intent.emailEngagements(), "email"), model.emailEngagementPoints());
    }
    int points = Math.min(sum, model.categoryMax());
    String text = signals.isEmpty() ? "no intent signals yet" : String.join(", ", signals);
    if (sum > model.categoryMax()) {
      text += " — capped at " + model.categoryMax();
    }
    return new ScoreReason(CATEGORY, points, model.categoryMax(), text);
  }

  private static int add(List<String> signals, String signal, int points) {
    signals.add(signal + " (+" + points + ")");
    return points;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
