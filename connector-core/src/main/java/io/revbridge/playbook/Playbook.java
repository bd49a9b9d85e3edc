package io.revbridge.playbook;

import io.revbridge.forecast.ForecastModel;
import io.revbridge.predictive.PredictiveSettings;
import io.revbridge.scoring.LeadPlaybook;
import java.util.Objects;

/**
 * The playbook Revbridge runs with: what {@code lead-scoring.yaml} and {@code deal-forecast.yaml} hold.
 *
 * @param lead lead score, MQL model and recommendations per grade
 * @param forecast the deal forecast model
 * @param predictive which score is in charge, what counts as an outcome, how to train ({@code predictive.yaml})
 */
public record Playbook(LeadPlaybook lead, ForecastModel forecast, PredictiveSettings predictive) {
  public Playbook {
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(forecast, "forecast");
    Objects.requireNonNull(predictive, "predictive");
  }

  /** With the default predictive settings: rules in charge. */
  public Playbook(LeadPlaybook lead, ForecastModel forecast) {
    this(lead, forecast, PredictiveSettings.defaults());
  }

  /** The built-in defaults, equal to the shipped files in {@code mappings/playbook}. */
  public static Playbook defaults() {
    return new Playbook(LeadPlaybook.defaults(), ForecastModel.defaults(), PredictiveSettings.defaults());
  }
}
