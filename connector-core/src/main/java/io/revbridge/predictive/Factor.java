package io.revbridge.predictive;

/**
 * One feature's part in a prediction: the log-odds it added (positive helps, negative hurts).
 */
public record Factor(Feature feature, double contribution) {
  /** "+ Director of IT at a 50–200 company" or "− no email engagement". */
  public String text() {
    return (contribution >= 0 ? "+ " : "− ") + feature.text();
  }
}
