package io.revbridge.predictive;

import java.util.Map;

/** What the store keeps of a model's numbers: the weights and intercept, and the calibration. */
record ModelParams(double intercept, Map<String, Double> weights, Calibrator calibrator) {}
