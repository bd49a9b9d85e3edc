package io.revbridge.bench.jmh;

import io.revbridge.model.RecordRef;
import io.revbridge.store.RoutingStore;
import io.revbridge.store.Store;
import io.revbridge.store.StoreSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The durable round-robin turn ({@link RoutingStore#take}: lock the pool, read the counts and every rep's open
 * leads in the capacity window, record the assignment) on an H2 file store that already holds
 * {@code openLeads} open assignments in the window, as a backfill leaves it. What this shows is whether a turn's
 * cost grows with the leads routed before it; it includes one H2 commit per turn.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class RoutingTurnBenchmark {
  private static final List<String> REPS = List.of("r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9");
  private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
  private static final Instant OPEN_SINCE = NOW.minus(Duration.ofDays(90));

  @Param({"1000", "20000"})
  int openLeads;

  private Path folder;
  private Store store;
  private long next;

  @Setup
  public void fill() throws IOException {
    folder = Files.createTempDirectory("revbridge-turn-bench");
    store = Store.open(StoreSettings.of("jdbc:h2:file:" + folder.resolve("store").toAbsolutePath()), Clock.systemUTC());
    while (next < openLeads) {
      turn();
    }
  }

  @Benchmark
  public Optional<RoutingStore.Turn> turn() {
    long i = next++;
    String rep = REPS.get((int) (i % REPS.size()));
    return store.routing().take("bench/team" + (i % 3), new RecordRef("bench", "contacts", "c" + i),
        NOW.plusMillis(i), OPEN_SINCE, state -> Optional.of(new RoutingStore.Choice(rep, 1, 1)));
  }

  @TearDown
  public void delete() throws IOException {
    store.close();
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
