package io.revbridge.scoring;

import io.revbridge.enrichment.EnrichedPerson;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scores a lead with a {@link LeadPlaybook}: the lead score, and the MQL model beside it. A pure function: no I/O,
 * no clock, the same input always gives the same score and text. Immutable and safe to share between threads.
 */
public final class LeadScorer {
  private final LeadPlaybook playbook;
  private final LeadScoringModel model;
  private final MqlScorer mql;
  private final CompanyFitRule companyFit;
  private final ContactQualityRule contactQuality;
  private final IntentRule intent;
  private final TimingRule timing;

  public LeadScorer(LeadPlaybook playbook) {
    this.playbook = Objects.requireNonNull(playbook, "playbook");
    this.model = playbook.scoring();
    this.mql = new MqlScorer(playbook.mql(), model);
    this.companyFit = new CompanyFitRule(model);
    this.contactQuality = new ContactQualityRule(model);
    this.intent = new IntentRule(model);
    this.timing = new TimingRule(model);
  }

  /** This lead model with the default MQL model and recommendations. */
  public LeadScorer(LeadScoringModel model) {
    this(new LeadPlaybook(model, MqlModel.defaults(), LeadPlaybook.defaults().recommended()));
  }

  /** A scorer with {@link LeadPlaybook#defaults()}. */
  public static LeadScorer withDefaults() {
    return new LeadScorer(LeadPlaybook.defaults());
  }

  public LeadPlaybook playbook() {
    return playbook;
  }

  /** The behavioural MQL score, the second model. */
  public MqlScore mql(EnrichedPerson person) {
    return mql.score(person);
  }

  /** What the playbook recommends for a grade. */
  public Recommendation recommended(Grade grade) {
    return playbook.recommended().get(grade);
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
