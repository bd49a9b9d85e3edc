package io.revbridge.scoring;

import io.revbridge.enrichment.EnrichedPerson;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scores a lead with a {@link LeadScoringModel}. A pure function: no I/O, no clock, the same input always
 * gives the same score and text. Immutable and safe to share between threads.
 */
public final class LeadScorer {
  private final LeadScoringModel model;
  private final CompanyFitRule companyFit;
  private final ContactQualityRule contactQuality;
  private final IntentRule intent;
  private final TimingRule timing;

  public LeadScorer(LeadScoringModel model) {
    this.model = Objects.requireNonNull(model, "model");
    this.companyFit = new CompanyFitRule(model);
    this.contactQuality = new ContactQualityRule(model);
    this.intent = new IntentRule(model);
    this.timing = new TimingRule(model);
  }

  /** A scorer with {@link LeadScoringModel#defaults()}. */
  public static LeadScorer withDefaults() {
    return new LeadScorer(LeadScoringModel.defaults());
  }

  /** The weights and bands this scorer applies; part of what decides whether a record needs scoring again. */
  public LeadScoringModel model() {
    return model;
  }

  /** The score, its four categories and the reasons in order of impact (they add up to the score). */
  public LeadScore score(EnrichedPerson person) {
    List<ScoreReason> reasons = new ArrayList<>(8);
    ScoreReason fit = companyFit.score(person);
    reasons.add(fit);
    ScoreReason contact = contactQuality.score(person);
    reasons.add(contact);
    int intentPoints = intent.score(person.person().intent(), reasons);
    ScoreReason when = timing.score(person.person().timing());
    reasons.add(when);
    CategoryPoints categories = new CategoryPoints(fit.points(), contact.points(), intentPoints, when.points());
    int total = categories.total();
    return new LeadScore(total, model.gradeFor(total), categories, Reasons.byImpact(reasons));
  }
}
