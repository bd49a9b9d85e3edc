package io.revbridge.scoring;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything {@code lead-scoring.yaml} holds: the lead score model, the MQL model and what to do per grade.
 * {@link #defaults()} equals the shipped file (a test keeps them together).
 */
public record LeadPlaybook(LeadScoringModel scoring, MqlModel mql, Map<Grade, Recommendation> recommended) {
  public LeadPlaybook {
    Objects.requireNonNull(scoring, "scoring");
    Objects.requireNonNull(mql, "mql");
    recommended = Collections.unmodifiableMap(new EnumMap<>(recommended)); // ordered: part of the input fingerprint
    for (Grade grade : Grade.values()) {
      if (!recommended.containsKey(grade)) {
        throw new IllegalArgumentException("recommended needs an entry for " + grade);
      }
    }
  }

  public static LeadPlaybook defaults() {
    return new LeadPlaybook(LeadScoringModel.defaults(), MqlModel.defaults(), Map.of(
        Grade.HOT, new Recommendation(Channel.PHONE, Content.DEMO, Priority.HIGH),
        Grade.WARM, new Recommendation(Channel.EMAIL, Content.CASE_STUDY, Priority.MEDIUM),
        Grade.COLD, new Recommendation(Channel.LINKEDIN, Content.CASE_STUDY, Priority.LOW),
        Grade.UNQUALIFIED, new Recommendation(Channel.EMAIL, Content.CASE_STUDY, Priority.LOW)));
  }
}
