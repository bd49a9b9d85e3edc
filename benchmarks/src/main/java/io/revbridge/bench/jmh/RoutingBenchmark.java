package io.revbridge.bench.jmh;

import io.revbridge.enrichment.EnrichedPerson;
import io.revbridge.routing.InMemoryRoundRobin;
import io.revbridge.routing.PlaybookFiles;
import io.revbridge.routing.RoutingDecision;
import io.revbridge.routing.RoutingEngine;
import io.revbridge.routing.RoutingPlaybookLoader;
import io.revbridge.scoring.LeadScore;
import io.revbridge.scoring.LeadScorer;
import io.revbridge.scoring.MqlScore;
import java.time.Instant;
import java.util.Arrays;
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
 * Routing by the rule engine: {@link RoutingEngine} with the shipped playbook (`routing.yaml`: teams, rules on
 * region, size, grade and MQL, weighted round robin, SLA and task templates) deciding one enriched, scored lead per
 * operation. The rep turn is kept in memory (`InMemoryRoundRobin`, as `route explain` does); the engine's
 * durable turn in the store is I/O and left to the end-to-end benchmark.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RoutingBenchmark {
  private final Instant now = Instant.parse("2026-11-27T12:00:00Z");
  private RoutingEngine engine;
  private StageData data;
  private EnrichedPerson[] people;
  private LeadScore[] scores;
  private MqlScore[] mqls;
  private int next;

  @Setup
  public void load() {
    data = StageData.load();
    engine = new RoutingEngine(RoutingPlaybookLoader.load(PlaybookFiles.builtIn()), new InMemoryRoundRobin());
    LeadScorer scorer = LeadScorer.withDefaults();
    people = data.enrichedPeople();
    scores = Arrays.stream(people).map(scorer::score).toArray(LeadScore[]::new);
    mqls = Arrays.stream(people).map(scorer::mql).toArray(MqlScore[]::new);
  }

  @Benchmark
  public RoutingDecision decide() {
    int i = next;
    next = i + 1 == people.length ? 0 : i + 1;
    return engine.decide(people[i], scores[i], mqls[i], false, data.owners, now);
  }
}
