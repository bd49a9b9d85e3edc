package io.revbridge.predictive;

import java.util.Objects;

/**
 * Everything {@code predictive.yaml} holds: per record kind which score is in charge, what counts as a converted or
 * disqualified lead, how to train, and how many factors to write.
 *
 * @param factors how many positive and how many negative factors the factors field names (0..10)
 */
public record PredictiveSettings(ServingSettings leads, ServingSettings deals, LeadOutcomes outcomes,
    TrainingSettings training, int factors) {

  public static final int DEFAULT_FACTORS = 3;

  public PredictiveSettings {
    Objects.requireNonNull(leads, "leads");
    Objects.requireNonNull(deals, "deals");
    Objects.requireNonNull(outcomes, "outcomes");
    Objects.requireNonNull(training, "training");
    if (factors < 0 || factors > 10) {
      throw new IllegalArgumentException("factors must be 0..10, was " + factors);
    }
  }

  public static PredictiveSettings defaults() {
    return new PredictiveSettings(ServingSettings.rules(), ServingSettings.rules(), LeadOutcomes.defaults(),
        TrainingSettings.defaults(), DEFAULT_FACTORS);
  }

  public ServingSettings serving(PredictedObject object) {
    return object == PredictedObject.LEADS ? leads : deals;
  }

  public PredictiveSettings withServing(PredictedObject object, ServingSettings serving) {
    return object == PredictedObject.LEADS
        ? new PredictiveSettings(serving, deals, outcomes, training, factors)
        : new PredictiveSettings(leads, serving, outcomes, training, factors);
  }

  public PredictiveSettings withTraining(TrainingSettings t) {
    return new PredictiveSettings(leads, deals, outcomes, t, factors);
  }
}
