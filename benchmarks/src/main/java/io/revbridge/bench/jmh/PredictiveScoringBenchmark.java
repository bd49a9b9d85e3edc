package io.revbridge.bench.jmh;

import io.revbridge.enrichment.EnrichedPerson;
import io.revbridge.predictive.Example;
import io.revbridge.predictive.Feature;
import io.revbridge.predictive.LeadOutcomes;
import io.revbridge.predictive.ModelTrainer;
import io.revbridge.predictive.PersonFeatures;
import io.revbridge.predictive.PredictedObject;
import io.revbridge.predictive.Prediction;
import io.revbridge.predictive.ScoringModel;
import io.revbridge.predictive.TrainingSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring one enriched person with a learned model, as the pipeline does per record: its features (in rep words),
 * the calibrated probability and the top three positive and negative factors. The model is trained in the setup on
 * the same seeded contacts (customers against disqualified leads), so its feature set is the real one.
 * {@code predict} takes the features as given; {@code featuresAndPredict} builds them too.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PredictiveScoringBenchmark {
  private EnrichedPerson[] people;
  private List<List<Feature>> features;
  private ScoringModel model;
  private int next;

  @Setup
  public void load() {
    StageData data = StageData.load();
    people = data.enrichedPeople();
    features = new ArrayList<>();
    List<Example> history = new ArrayList<>();
    LeadOutcomes outcomes = LeadOutcomes.defaults();
    for (EnrichedPerson p : people) {
      List<Feature> f = PersonFeatures.of(p);
      features.add(f);
      outcomes.of(p.person()).ifPresent(converted ->
          history.add(new Example(p.person().ref().id(), p.person().modifiedAt(), f, converted, 0.5)));
    }
    model = new ModelTrainer(TrainingSettings.defaults().withMinimums(20, 20))
        .train(PredictedObject.LEADS, history, "in the benchmark data").scoring();
  }

  @Benchmark
  public Prediction predict() {
    int i = next;
    next = i + 1 == people.length ? 0 : i + 1;
    return model.predict(features.get(i), 3);
  }

  @Benchmark
  public Prediction featuresAndPredict() {
    int i = next;
    next = i + 1 == people.length ? 0 : i + 1;
    return model.predict(PersonFeatures.of(people[i]), 3);
  }
}
