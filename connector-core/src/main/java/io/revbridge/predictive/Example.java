package io.revbridge.predictive;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One closed record of the history: its features, its outcome and what the rule model said of it.
 *
 * @param recordId the CRM id, for messages
 * @param at when the outcome was set (a deal's close date, a person's last change); the time split orders by it
 * @param positive converted / closed won
 * @param ruleProbability the rule model's score as a probability (lead score / 100, forecast % / 100)
 */
public record Example(String recordId, Instant at, List<Feature> features, boolean positive, double ruleProbability) {
  public Example {
    Objects.requireNonNull(at, "at");
    features = List.copyOf(features);
  }
}
