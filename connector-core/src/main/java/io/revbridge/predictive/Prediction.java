package io.revbridge.predictive;

import java.util.ArrayList;
import java.util.List;

/**
 * What the learned model says of one record.
 *
 * @param probability calibrated probability of the good outcome
 * @param score the probability as a whole percentage, 0–100, for the CRM's number field
 * @param positive the features that raised it most, biggest first
 * @param negative the features that lowered it most, biggest first
 */
public record Prediction(
    PredictedObject object, double probability, int score, List<Factor> positive, List<Factor> negative) {
  public Prediction {
    positive = List.copyOf(positive);
    negative = List.copyOf(negative);
  }

  /** The factors field: a headline, then the positive factors and the negative ones, one per line. */
  public String factorsText() {
    List<String> lines = new ArrayList<>();
    lines.add("Predicted " + object.outcome() + " " + score + "%");
    positive.forEach(f -> lines.add(f.text()));
    negative.forEach(f -> lines.add(f.text()));
    return String.join("\n", lines);
  }
}
