package io.revbridge.predictive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTrainerTest {
  private final ModelTrainer trainer = new ModelTrainer(TrainingSettings.defaults());

  @Test
  void learnsTheKnownWeightsAndRanksHeldOutRecordsBetterThanTheRules() {
    TrainedModel model = trainer.train(PredictedObject.LEADS, SyntheticHistory.of(4000, true, 1), "in the test");

    assertThat(model.evaluation().learned().auc()).isGreaterThan(0.75);
    assertThat(model.evaluation().learned().auc()).isGreaterThan(model.evaluation().rules().auc());
    assertThat(model.evaluation().noSignal()).isFalse();
    assertThat(model.evaluation().verdict()).startsWith("the learned model ranks better than the rules");
    LinearModel w = (LinearModel) model.learned();
    assertThat(w.weight("role:DECISION_MAKER") - w.weight("role:USER")).isGreaterThan(1.0);
    assertThat(w.weight("email:none") - w.weight("email:1-4")).isLessThan(-1.0);
    assertThat(Math.abs(w.weight("intent:webinar"))).isLessThan(0.3);
    assertThat(model.trainRecords() + model.calibrationRecords() + model.testRecords()).isEqualTo(4000);
  }

  @Test
  void gradientBoostedTreesLearnTheSameTruthAndNameTheirFactorsBySign() {
    ModelTrainer gbt = new ModelTrainer(TrainingSettings.defaults().withModel("gbt"));

    TrainedModel model = gbt.train(PredictedObject.LEADS, SyntheticHistory.of(4000, true, 1), "in the test");

    assertThat(model.learned()).isInstanceOf(TreeModel.class);
    assertThat(model.evaluation().learned().auc()).isGreaterThan(0.75)
        .isGreaterThan(model.evaluation().rules().auc());
    assertThat(model.features()).filteredOn(f -> f.key().equals("email:none")).singleElement()
        .satisfies(f -> assertThat(f.weight()).as("mean SHAP where present").isLessThan(-0.5));
    Prediction p = model.scoring().predict(List.of(new Feature("role:DECISION_MAKER", "decision maker"),
        new Feature("source:organic_search", "came from organic search"),
        new Feature("email:none", "no email engagement")), 3);
    assertThat(p.positive()).extracting(Factor::text).contains("+ decision maker");
    assertThat(p.negative()).extracting(Factor::text).contains("− no email engagement");
  }

  @Test
  void pureNoiseIsReportedAsNoSignal() {
    TrainedModel model = trainer.train(PredictedObject.LEADS, SyntheticHistory.of(4000, false, 2), "in the test");

    assertThat(model.evaluation().learned().auc()).isBetween(0.4, 0.6);
    assertThat(model.evaluation().noSignal()).isTrue();
    assertThat(model.evaluation().verdict()).startsWith("no signal");
    assertThat(model.evaluation().learnedWins()).isFalse();
  }

  @Test
  void theTimeSplitNeverTrainsOnRecordsNewerThanTheTestSet() {
    List<Example> history = new java.util.ArrayList<>(SyntheticHistory.of(1000, true, 3));
    java.util.Collections.shuffle(history, new java.util.Random(5));
    TimeSplit split = TimeSplit.of(history, 0.2, 0.2);

    assertThat(split.train()).hasSize(600);
    assertThat(split.calibration()).hasSize(200);
    assertThat(split.test()).hasSize(200);
    java.time.Instant newestTrained = split.train().stream().map(Example::at).max(java.time.Instant::compareTo)
        .orElseThrow();
    java.time.Instant newestCalibration = split.calibration().stream().map(Example::at)
        .max(java.time.Instant::compareTo).orElseThrow();
    assertThat(split.calibration()).allSatisfy(e -> assertThat(e.at()).isAfter(newestTrained));
    assertThat(split.test()).allSatisfy(e -> assertThat(e.at()).isAfter(newestCalibration));

    TrainedModel model = trainer.train(PredictedObject.LEADS, history, "in the test");
    assertThat(model.trainTo()).isBefore(model.testFrom());
  }

  @Test
  void recordsClosedOnTheSameDayStayInOnePartSoTheTestIsStrictlyNewer() {
    List<Example> sameDays = SyntheticHistory.of(1000, true, 8).stream()
        .map(e -> new Example(e.recordId(), e.at().truncatedTo(java.time.temporal.ChronoUnit.DAYS), e.features(),
            e.positive(), e.ruleProbability()))
        .toList();
    TimeSplit split = TimeSplit.of(sameDays, 0.2, 0.2);

    assertThat(split.calibration().get(0).at()).isAfter(split.trainTo());
    assertThat(split.testFrom()).isAfter(split.calibration().get(split.calibration().size() - 1).at());
    assertThat(split.train().size() + split.calibration().size() + split.test().size()).isEqualTo(1000);
  }

  @Test
  void tooFewOutcomesRefuseWithTheCountsTheMinimumAndTheKeys() {
    List<Example> history = SyntheticHistory.of(300, true, 4);
    long positives = history.stream().filter(Example::positive).count();

    assertThatThrownBy(() -> trainer.train(PredictedObject.LEADS, history, "since 2026-01-01"))
        .isInstanceOf(NotEnoughHistoryException.class)
        .hasMessageContaining("Not enough closed history to train the leads model: " + positives + " converted")
        .hasMessageContaining("at least 200 converted and 200 disqualified")
        .hasMessageContaining("training.minPositives")
        .hasMessageContaining("the rule model stays in charge");
  }

  @Test
  void isotonicCalibrationAlsoGivesCalibratedProbabilities() {
    ModelTrainer isotonic = new ModelTrainer(TrainingSettings.defaults().withCalibration("isotonic"));
    TrainedModel model = isotonic.train(PredictedObject.LEADS, SyntheticHistory.of(4000, true, 6), "in the test");

    assertThat(model.calibrator()).isInstanceOf(IsotonicCalibrator.class);
    assertThat(model.evaluation().learned().auc()).isGreaterThan(0.75);
    for (ReliabilityBin bin : model.evaluation().learned().reliability()) {
      if (bin.count() >= 60) {
        assertThat(bin.observed()).isCloseTo(bin.meanPredicted(), org.assertj.core.data.Offset.offset(0.15));
      }
    }
  }

  @Test
  void predictionsNameTheFactorsThatMovedThemInRepWords() {
    TrainedModel model = trainer.train(PredictedObject.LEADS, SyntheticHistory.of(4000, true, 7), "in the test");
    Prediction p = model.scoring().predict(List.of(new Feature("role:DECISION_MAKER", "decision maker"),
        new Feature("source:referrals", "came from referrals"), new Feature("email:none", "no email engagement")), 3);

    assertThat(p.score()).isBetween(0, 100);
    assertThat(p.positive()).extracting(Factor::text).contains("+ decision maker", "+ came from referrals");
    assertThat(p.negative()).extracting(Factor::text).containsExactly("− no email engagement");
    assertThat(p.factorsText()).startsWith("Predicted conversion " + p.score() + "%\n+ ");
  }
}
