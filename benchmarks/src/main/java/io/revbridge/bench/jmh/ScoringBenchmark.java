package io.revbridge.bench.jmh;

import io.revbridge.model.Company;
import io.revbridge.model.Person;
import io.revbridge.scoring.LeadScore;
import io.revbridge.scoring.LeadScorer;
import java.util.Arrays;
import java.util.Optional;
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

/** Lead scoring with the default model: one mapped person, joined with its company, per operation. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScoringBenchmark {
  private final LeadScorer scorer = LeadScorer.withDefaults();
  private Person[] people;
  private Optional<Company>[] companies;
  private int next;

  @Setup
  @SuppressWarnings("unchecked")
  public void load() {
    StageData data = StageData.load();
    var mapped = data.mappedCompanies();
    people = Arrays.stream(data.contacts).map(data.contactMapping::toPerson).toArray(Person[]::new);
    companies = Arrays.stream(people).map(p -> Optional.ofNullable(mapped.get(p.companyRef())))
        .toArray(Optional[]::new);
  }

  @Benchmark
  public LeadScore score() {
    int i = next;
    next = i + 1 == people.length ? 0 : i + 1;
    return scorer.score(people[i], companies[i]);
  }
}
