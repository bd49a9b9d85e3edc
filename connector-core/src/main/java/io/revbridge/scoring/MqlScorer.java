package io.revbridge.scoring;

import io.revbridge.enrichment.EnrichedPerson;
import io.revbridge.enrichment.title.BuyingRole;
import io.revbridge.model.IntentSignals;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Scores the MQL model: demographic fit, behaviour and intent, capped at the model's maximum. A pure function like
 * {@link LeadScorer}; immutable and safe to share between threads.
 */
public final class MqlScorer {
  private final MqlModel model;
  private final LeadScoringModel lead;

  /** @param lead supplies the target industries, so both models agree on them */
  public MqlScorer(MqlModel model, LeadScoringModel lead) {
    this.model = Objects.requireNonNull(model, "model");
    this.lead = Objects.requireNonNull(lead, "lead");
  }

  public MqlModel model() {
    return model;
  }

  public MqlScore score(EnrichedPerson person) {
    List<ScoreReason> reasons = new ArrayList<>(8);
    int sum = demographic(person, reasons) + behaviour(person.person().intent(), reasons)
        + intent(person.person().intent(), reasons);
    int score = sum;
    if (sum > model.max()) {
      reasons.add(new ScoreReason("mql", model.max() - sum, "MQL score capped at " + model.max()));
      score = model.max();
    }
    return new MqlScore(score, score >= model.threshold(), Reasons.byImpact(reasons));
  }

  private int demographic(EnrichedPerson person, List<ScoreReason> out) {
    int sum = 0;
    Optional<Integer> employees = person.employees();
    if (employees.isEmpty()) {
      out.add(new ScoreReason("demographic", 0, "company size unknown"));
    } else if (employees.get() >= model.targetSizeMin() && employees.get() <= model.targetSizeMax()) {
      sum += add(out, "demographic", model.targetSizePoints(), "target company size: " + employees.get() + " employees");
    }
    Optional<String> industry = person.industry();
    if (industry.isEmpty()) {
      out.add(new ScoreReason("demographic", 0, "industry unknown"));
    } else if (lead.targetIndustries().contains(Industries.key(industry.get()))) {
      sum += add(out, "demographic", model.targetIndustryPoints(),
          "target industry " + Industries.display(industry.get()));
    }
    BuyingRole role = person.role();
    if (model.targetRoles().contains(role)) {
      String title = person.person().title() == null ? "" : person.person().title().strip();
      sum += add(out, "demographic", model.targetTitlePoints(), "target title '" + title + "' ("
          + role.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
    }
    return sum;
  }

  private int behaviour(IntentSignals intent, List<ScoreReason> out) {
    int sum = 0;
    if (intent.pageViews() > 0) {
      int points = Math.min(model.pageViewMax(), intent.pageViews() * model.pageViewPoints());
      sum += add(out, "behaviour", points, intent.pageViews() + " page view" + (intent.pageViews() == 1 ? "" : "s")
          + (points == model.pageViewMax() && intent.pageViews() * model.pageViewPoints() > points
              ? " (up to " + model.pageViewMax() + ")" : ""));
    }
    if (intent.minutesOnSite() > 0) {
      int points = Math.min(model.minutesOnSiteMax(), intent.minutesOnSite() * model.minuteOnSitePoints());
      sum += add(out, "behaviour", points, intent.minutesOnSite() + " minute" + (intent.minutesOnSite() == 1 ? "" : "s")
          + " on site" + (intent.minutesOnSite() * model.minuteOnSitePoints() > points
              ? " (up to " + model.minutesOnSiteMax() + ")" : ""));
    }
    if (intent.downloads() > 0) {
      sum += add(out, "behaviour", intent.downloads() * model.downloadPoints(),
          "downloaded " + intent.downloads() + " resource" + (intent.downloads() == 1 ? "" : "s"));
    }
    return sum;
  }

  private int intent(IntentSignals intent, List<ScoreReason> out) {
    int sum = 0;
    if (intent.pricingPageVisited()) {
      sum += add(out, "intent", model.pricingPagePoints(), "visited pricing page");
    }
    if (intent.demoRequested()) {
      sum += add(out, "intent", model.demoRequestPoints(), "requested a demo");
    }
    if (intent.trialSignup()) {
      sum += add(out, "intent", model.trialSignupPoints(), "signed up for a trial");
    }
    return sum;
  }

  private static int add(List<ScoreReason> out, String category, int points, String text) {
    out.add(new ScoreReason(category, points, text));
    return points;
  }
}
