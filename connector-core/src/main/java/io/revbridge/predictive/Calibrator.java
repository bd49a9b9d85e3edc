package io.revbridge.predictive;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Turns a model's raw log-odds into a probability that means what it says (of leads given 30%, about 30% convert).
 * Fitted on the calibration slice, which the model did not train on.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "method")
@JsonSubTypes({
    @JsonSubTypes.Type(value = PlattCalibrator.class, name = "platt"),
    @JsonSubTypes.Type(value = IsotonicCalibrator.class, name = "isotonic")})
public sealed interface Calibrator permits PlattCalibrator, IsotonicCalibrator {
  /** The calibrated probability of a raw log-odds, strictly between 0 and 1. */
  double probability(double logit);

  /** {@code platt} or {@code isotonic}, as the playbook names it. */
  String method();

  static double clip(double p) {
    return Math.max(0.001, Math.min(0.999, p));
  }
}
