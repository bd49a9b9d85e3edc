package io.revbridge.bench.jmh;

import io.revbridge.enrichment.EnrichedPerson;
import io.revbridge.scoring.LeadScore;
import io.revbridge.scoring.LeadScorer;
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
 * Lead scoring with the default model: one person, enriched offline by the built-in providers beforehand (so roles
 * are real), per operation. Measures the scorer alone; mapping and enrichment have their own benchmarks.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScoringBenchmark {
  private final LeadScorer scorer = LeadScorer.withDefaults();
  private EnrichedPerson[] people;
  private int next;

  @Setup
  public void load() {
    StageData data = StageData.load();
    people = data.enrichedPeople();
  }

  @Benchmark
  public LeadScore score() {
    int i = next;
    next = i + 1 == people.length ? 0 : i + 1;
    return scorer.score(people[i]);
  }
}
