package io.revbridge.bench.jmh;

import io.revbridge.model.Person;
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

/** Inbound mapping: one HubSpot contact through the default {@code mappings/hubspot/contacts.yaml} per operation. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MappingBenchmark {
  private StageData data;
  private int next;

  @Setup
  public void load() {
    data = StageData.load();
  }

  @Benchmark
  public Person toPerson() {
    int i = next;
    next = i + 1 == data.contacts.length ? 0 : i + 1;
    return data.contactMapping.toPerson(data.contacts[i]);
  }
}
