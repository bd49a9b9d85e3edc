package io.revbridge.predictive;

import io.revbridge.forecast.DealForecast;
import io.revbridge.scoring.LeadScore;
import io.revbridge.scoring.LeadScoringModel;
import io.revbridge.scoring.Reasons;
import io.revbridge.scoring.ScoreReason;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The score in charge when the playbook puts the learned model in charge or blends it with the rules: the rule
 * result with its number replaced and one more reason line for the difference, so the reasons still add up to the
 * score and a rep sees both views. With {@code use: rules} the rule result is returned unchanged.
 */
public final class InCharge {
  static final String CATEGORY = "predictive";

  private InCharge() {}

  public static LeadScore lead(LeadScore rules, Prediction p, ServingSettings s, LeadScoringModel model) {
    if (s.use() == ScoreSource.RULES) {
      return rules;
    }
    int score = s.inCharge(rules.score(), p.score());
    List<ScoreReason> reasons = new ArrayList<>(rules.reasons());
    reasons.add(new ScoreReason(CATEGORY, score - rules.score(), how(s, p, rules.score())));
    return new LeadScore(score, model.gradeFor(score), rules.categories(), Reasons.byImpact(reasons));
  }

  /** Closed deals keep their 100 or 0: the outcome is known. */
  public static DealForecast deal(DealForecast rules, Prediction p, ServingSettings s, BigDecimal amount) {
    if (s.use() == ScoreSource.RULES || (rules.stage() != null && rules.stage().closed())) {
      return rules;
    }
    int probability = s.inCharge(rules.probability(), p.score());
    List<ScoreReason> adjustments = new ArrayList<>(rules.adjustments());
    adjustments.add(new ScoreReason(CATEGORY, probability - rules.probability(), how(s, p, rules.probability())));
    BigDecimal expected = amount == null ? null : amount.multiply(BigDecimal.valueOf(probability))
        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    return new DealForecast(rules.stage(), probability, expected, rules.predictedClose(), rules.confidence(),
        Reasons.byImpact(adjustments), rules.risks(), rules.nextSteps());
  }

  private static String how(ServingSettings s, Prediction p, int rules) {
    String learned = "learned model: " + p.object().outcome() + " likelihood " + p.score() + "%";
    return s.use() == ScoreSource.PREDICTIVE
        ? learned + " in charge (rules said " + rules + ")"
        : String.format(Locale.ROOT, "blend %.0f%% %s, %.0f%% rules (%d)", s.blendWeight() * 100, learned,
            (1 - s.blendWeight()) * 100, rules);
  }
}
