package io.revbridge.predictive;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.store.ModelRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelCodecTest {
  @Test
  void aStoredModelScoresExactlyAsTheTrainedOneWithEitherCalibration() {
    for (String method : List.of("platt", "isotonic")) {
      List<Example> history = SyntheticHistory.of(3000, true, 11);
      TrainedModel trained = new ModelTrainer(TrainingSettings.defaults().withCalibration(method))
          .train(PredictedObject.DEALS, history, "in the test");
      ModelRow row = ModelCodec.toRow(trained, "hs", Optional.of(LocalDate.parse("2025-01-01")),
          Instant.parse("2026-01-01T00:00:00Z"));

      ScoringModel back = ModelCodec.scoring(row);

      assertThat(row.objectKind()).isEqualTo("deals");
      assertThat(back.calibrator().method()).isEqualTo(method);
      for (Example e : history.subList(0, 50)) {
        assertThat(back.predict(e.features(), 3)).isEqualTo(trained.scoring().predict(e.features(), 3));
      }
      assertThat(ModelCodec.evaluation(row)).isEqualTo(trained.evaluation());
      assertThat(ModelCodec.features(row)).isEqualTo(trained.features());
    }
  }

  @Test
  void storedTreesScoreExactlyAsTheTrainedOnes() {
    List<Example> history = SyntheticHistory.of(3000, true, 12);
    TrainedModel trained = new ModelTrainer(TrainingSettings.defaults().withModel("gbt"))
        .train(PredictedObject.LEADS, history, "in the test");
    ModelRow row = ModelCodec.toRow(trained, "hs", Optional.empty(), Instant.parse("2026-01-01T00:00:00Z"));

    ScoringModel back = ModelCodec.scoring(row);

    assertThat(row.algorithm()).isEqualTo("gradient-boosted-trees-xgboost");
    assertThat(row.paramsJson()).contains("\"xgboostJson\"").doesNotContain("rO0"); // data, not Java serialization
    for (Example e : history.subList(0, 50)) {
      assertThat(back.predict(e.features(), 3)).isEqualTo(trained.scoring().predict(e.features(), 3));
    }
  }
}
