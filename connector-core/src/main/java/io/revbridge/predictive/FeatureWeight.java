package io.revbridge.predictive;

/**
 * A feature as a trained model knows it: its weight (log-odds it adds) and how many training records had it.
 *
 * @param text how the feature read on the first training record that had it
 */
public record FeatureWeight(String key, String text, double weight, int records) {}
