package io.revbridge.predictive;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Examples whose outcome follows known weights (or none), and a rule score that knows half of them. */
final class SyntheticHistory {
  private SyntheticHistory() {}

  static List<Example> of(int n, boolean signal, long seed) {
    Random r = new Random(seed);
    Instant start = Instant.parse("2024-01-01T00:00:00Z");
    List<Example> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      boolean decisionMaker = r.nextDouble() < 0.3;
      boolean referral = r.nextDouble() < 0.2;
      boolean noEmail = r.nextDouble() < 0.35;
      boolean webinar = r.nextDouble() < 0.3;
      List<Feature> features = new ArrayList<>();
      features.add(decisionMaker ? new Feature("role:DECISION_MAKER", "decision maker")
          : new Feature("role:USER", "individual user"));
      features.add(referral ? new Feature("source:referrals", "came from referrals")
          : new Feature("source:organic_search", "came from organic search"));
      features.add(noEmail ? new Feature("email:none", "no email engagement")
          : new Feature("email:1-4", "engaged with 1–4 emails"));
      if (webinar) {
        features.add(new Feature("intent:webinar", "attended a webinar"));
      }
      double logit = -0.6 + (decisionMaker ? 2.2 : 0) + (referral ? 2.0 : 0) + (noEmail ? -2.0 : 0);
      boolean positive = r.nextDouble() < (signal ? 1 / (1 + Math.exp(-logit)) : 0.4);
      double rule = ((decisionMaker ? 50 : 20) + (webinar ? 40 : 0)) / 100.0;
      out.add(new Example("r" + i, start.plusSeconds(3600L * i), features, positive, rule));
    }
    return out;
  }
}
