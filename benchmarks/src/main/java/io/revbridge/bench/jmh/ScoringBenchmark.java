package io.revbridge.bench.jmh;

import io.revbridge.enrichment.EnrichedPerson;
import io.revbridge.enrichment.EnrichmentInputs;
import io.revbridge.enrichment.FailureCounter;
import io.revbridge.enrichment.InMemoryEnrichmentCache;
import io.revbridge.enrichment.Waterfall;
import io.revbridge.enrichment.builtin.BuiltInProviders;
import io.revbridge.model.Company;
import io.revbridge.model.Person;
import io.revbridge.scoring.LeadScore;
import io.revbridge.scoring.LeadScorer;
import java.time.Clock;
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
    var mapped = data.mappedCompanies();
    Waterfall waterfall = new Waterfall(BuiltInProviders.defaults(), new InMemoryEnrichmentCache(),
        FailureCounter.NONE, Clock.systemUTC());
    people = Arrays.stream(data.contacts).map(data.contactMapping::toPerson).map(p -> {
      Optional<Company> company = Optional.ofNullable(mapped.get(p.companyRef()));
      return new EnrichedPerson(p, company, waterfall.enrich(EnrichmentInputs.of(p, company.orElse(null))));
    }).toArray(EnrichedPerson[]::new);
  }

  @Benchmark
  public LeadScore score() {
    int i = next;
    next = i + 1 == people.length ? 0 : i + 1;
    return scorer.score(people[i]);
  }
}
