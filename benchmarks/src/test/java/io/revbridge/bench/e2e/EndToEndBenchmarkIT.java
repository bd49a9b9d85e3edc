package io.revbridge.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Keeps the end-to-end benchmark working: a tiny run (200 contacts, no latency, a few seconds of steady
 * state, 20 for the baseline) must process every record and report every figure. Speed is never asserted.
 */
class EndToEndBenchmarkIT {
  @TempDir Path folder;

  private final StringWriter out = new StringWriter();

  /** Runs the command on 200 contacts with no latency, these options added; returns the JSON it wrote. */
  private JsonNode run(String... options) throws Exception {
    Path result = folder.resolve("result.json");
    List<String> args = new ArrayList<>(List.of("--records", "200", "--latency-ms", "0",
        "--revbridge-jar", System.getProperty("revbridge.jar", "../connector-app/target/revbridge.jar"),
        "--work", folder.resolve("work").toString(), "--json", result.toString()));
    args.addAll(List.of(options));
    int exit = EndToEndBenchmark.commandLine().setOut(new PrintWriter(out)).execute(args.toArray(String[]::new));
    assertThat(exit).as(out.toString()).isZero();
    assertThat(out.toString()).contains("results written to " + result);
    return new ObjectMapper().readTree(result.toFile());
  }

  @Test
  void tinyRunProcessesEveryRecordAndReportsEveryFigure() throws Exception {
    JsonNode r = run("--steady-seconds", "2", "--naive-records", "20");

    assertThat(r.at("/backfill/contacts").asLong()).isEqualTo(200);
    assertThat(r.at("/backfill/contactsWritten").asLong()).isEqualTo(200);
    assertThat(r.at("/backfill/tasksCreated").asLong()).isPositive();
    assertThat(r.at("/backfill/bound/recordsPerSecond").asDouble()).isPositive();
    assertThat(r.at("/backfill/ratioToBound").isNumber()).isTrue();
    assertThat(r.at("/backfill/cpuSecondsPer1000").isNumber()).isTrue();
    assertThat(r.at("/backfill/sandboxCpuSeconds").asDouble()).as("the sandbox answered every call").isPositive();
    assertThat(r.at("/steadyState/eventsSent").asInt()).isEqualTo(40);
    assertThat(r.at("/steadyState/webhooksAccepted").asInt()).isEqualTo(40);
    assertThat(r.at("/steadyState/writesLanded").asInt()).isEqualTo(40);
    assertThat(r.at("/steadyState/latencyMillis/samples").asInt()).isEqualTo(40);
    assertThat(r.at("/revbridgeProcess/peakLiveHeapMb").asLong()).isPositive();
    assertThat(r.at("/naive/records").asLong()).isEqualTo(20);
    assertThat(r.at("/naive/extrapolated").asBoolean()).isTrue();
    assertThat(r.at("/speedUp").isNumber()).isTrue();
    assertThat(r.at("/machine/cores").asInt()).isPositive();
    assertThat(out.toString()).contains("| backfill: records/s |", "| backfill: ratio to bound |",
        "| backfill: sandbox's CPU s per 1,000 records (this process, same cores) |",
        "| steady: edit → write p50 / p95 / p99 / max |", "| naive: time for N (extrapolated) |");
  }

  @Test
  void onPostgresqlTheStoresOwnCpuIsReportedApart() throws Exception {
    JsonNode r = run("--steady-seconds", "0", "--naive-records", "0", "--store", "postgres");

    assertThat(r.at("/backfill/contactsWritten").asLong()).isEqualTo(200);
    assertThat(r.at("/backfill/storeCpuSeconds").asDouble()).isPositive();
    assertThat(r.at("/settings/store").asText()).startsWith("PostgreSQL");
    assertThat(out.toString()).contains("Store: PostgreSQL", "| backfill: store's own CPU s per 1,000 records |");
  }
}
