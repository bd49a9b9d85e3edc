package io.revbridge.predictive;

import java.time.Instant;
import java.util.List;

/**
 * A model {@link ModelTrainer} fitted, before the store numbers it: the weights and calibration, the training window
 * (first and last outcome trained on), the held-out window, and the evaluation on it against the rule model.
 */
public record TrainedModel(
    PredictedObject object,
    LearnedModel learned,
    Calibrator calibrator,
    Instant trainFrom,
    Instant trainTo,
    Instant testFrom,
    Instant testTo,
    int trainRecords,
    int calibrationRecords,
    int testRecords,
    Evaluation evaluation,
    List<FeatureWeight> features) {

  public TrainedModel {
    features = List.copyOf(features);
  }

  public ScoringModel scoring() {
    return new ScoringModel(object, learned, calibrator);
  }
}
