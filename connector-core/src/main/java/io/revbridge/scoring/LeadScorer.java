package io.revbridge.scoring;

import io.revbridge.model.Company;
import io.revbridge.model.Person;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

  /** The weights and bands this scorer applies; part of what decides whether a record needs scoring again. */
  public LeadScoringModel model() {
    return model;
  }

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

  /**
   * @param company the person's company record, if known; its size and industry win over the person's own
   * @return the score with one reason per category: company fit, contact quality, intent, timing
   */
  public LeadScore score(Person person, Optional<Company> company) {
    List<ScoreReason> reasons = List.of(
        companyFit.score(person, company),
        contactQuality.score(person),
        intent.score(person),
        timing.score(person));
    int total = reasons.stream().mapToInt(ScoreReason::points).sum();
    return new LeadScore(total, model.gradeFor(total), reasons);
  }
}
