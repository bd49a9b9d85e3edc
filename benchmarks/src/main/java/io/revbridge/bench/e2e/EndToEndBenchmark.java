package io.revbridge.bench.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.revbridge.mapping.MappingLoader;
import io.revbridge.mapping.MappingSet;
import io.revbridge.mapping.MappingSource;
import io.revbridge.sandbox.HubSpotSandbox;
import io.revbridge.sandbox.SandboxOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The end-to-end benchmark: seeds the HubSpot sandbox with HubSpot's limits and latency, runs Revbridge's
 * {@code run} against it (backfill, then webhook-driven steady state), then the naive baseline against a
 * fresh sandbox, and prints a table and writes a JSON file. Figures are reported, never judged.
 */
@Command(name = "bench-e2e", mixinStandardHelpOptions = true,
    description = "Revbridge against the HubSpot sandbox with HubSpot's real limits, next to a naive connector.")
public final class EndToEndBenchmark implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--records", description = "Seeded contacts (default: ${DEFAULT-VALUE}).")
  long records = 100_000;

  @Option(names = "--burst-per-10s", description = "Non-search calls per rolling 10 s: 190 (Professional, "
      + "Enterprise) or 100 (Free, Starter). Default: ${DEFAULT-VALUE}.")
  int burstPer10s = 190;

  @Option(names = "--search-per-second", description = "Search calls per second (default: ${DEFAULT-VALUE}).")
  int searchPerSecond = 5;

  @Option(names = "--batch-max", description = "Inputs per batch call (default: ${DEFAULT-VALUE}).")
  int batchMax = 100;

  @Option(names = "--search-page-max", description = "Results per search page (default: ${DEFAULT-VALUE}).")
  int searchPageMax = 200;

  @Option(names = "--latency-ms", description = "Delay added to every CRM call (default: ${DEFAULT-VALUE}).")
  long latencyMillis = 80;

  @Option(names = "--events-per-second", description = "Steady-state edits+webhooks per second (default: ${DEFAULT-VALUE}).")
  int eventsPerSecond = 20;

  @Option(names = "--steady-seconds", description = "Length of the steady state; 0 skips it (default: ${DEFAULT-VALUE}).")
  int steadySeconds = 60;

  @Option(names = "--poll-interval-seconds", description = "Revbridge's sync.pollIntervalSeconds (default: ${DEFAULT-VALUE}, the product default).")
  int pollIntervalSeconds = 60;

  @Option(names = "--naive-records", description = "Contacts for the naive baseline, at most --records; its "
      + "time for the full N is extrapolated from its rate. 0 skips it (default: ${DEFAULT-VALUE}).")
  long naiveRecords = 500;

  @Option(names = "--seed", description = "Dataset seed (default: ${DEFAULT-VALUE}).")
  long seed = SandboxOptions.DEFAULT_SEED;

  @Option(names = "--revbridge-jar", description = "The app jar to run (default: ${DEFAULT-VALUE}).")
  Path revbridgeJar = Path.of("connector-app/target/revbridge.jar");

  @Option(names = "--jvm-opt", description = "A JVM option for Revbridge's process, e.g. -Xmx512m; repeatable.")
  List<String> jvmOptions = new ArrayList<>();

  @Option(names = "--sync-setting", description = "A setting of Revbridge's sync section, e.g. batchSize=200, to "
      + "measure it against the default; repeatable. Revbridge validates it at start.")
  Map<String, String> syncSettings = new LinkedHashMap<>();

  @Option(names = "--store", description = "Revbridge's store: H2 (the default file store) or POSTGRES (an "
      + "embedded PostgreSQL server started for the run, its CPU reported apart). Default: ${DEFAULT-VALUE}.")
  BenchStore.Kind storeKind = BenchStore.Kind.H2;

  @Option(names = "--work", description = "Folder for Revbridge's config, store and logs (default: a new temp folder).")
  Path work;

  @Option(names = "--json", description = "Where to write the results (default: ${DEFAULT-VALUE}).")
  Path jsonFile = Path.of("bench-e2e.json");

  @Option(names = "--timeout-minutes", description = "Give up on a backfill after this long (default: ${DEFAULT-VALUE}).")
  int timeoutMinutes = 60;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command as {@code main} runs it ({@code --store postgres} or {@code POSTGRES}). */
  static CommandLine commandLine() {
    return new CommandLine(new EndToEndBenchmark()).setCaseInsensitiveEnumValuesAllowed(true);
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (records < 1 || records > SandboxOptions.MAX_CONTACTS) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--records must be 1.." + SandboxOptions.MAX_CONTACTS + ", was " + records);
    }
    try {
      RevbridgeProcess.requireJar(revbridgeJar);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    Path folder = work != null ? work : Files.createTempDirectory("revbridge-bench");
    SandboxOptions options = SandboxOptions.defaults().withContacts((int) records).withSeed(seed)
        .withBurstPer10s(burstPer10s).withSearchPerSecond(searchPerSecond).withBatchMax(batchMax)
        .withSearchPageMax(searchPageMax).withLatencyMillis(latencyMillis);

    progress(out, "seeding the sandbox with " + records + " contacts");
    BackfillResult backfill;
    SteadyResult steady;
    BenchReport.Resources resources;
    String storeDescription;
    try (HubSpotSandbox sandbox = HubSpotSandbox.start(options);
        BenchStore store = BenchStore.start(storeKind, folder)) {
      storeDescription = store.describe();
      progress(out, "starting Revbridge (" + revbridgeJar + ", work folder " + folder + ", store: "
          + storeDescription + ")");
      try (RevbridgeProcess revbridge = RevbridgeProcess.start(revbridgeJar, folder, store, sandbox.baseUrl(),
          sandbox.accessToken(), pollIntervalSeconds, searchPerSecond, jvmOptions, syncSettings)) {
        backfill = BackfillRun.measure(sandbox, revbridge, store, Duration.ofMinutes(timeoutMinutes));
        progress(out, String.format(Locale.ROOT, "backfill done: %d contacts in %.1f s",
            backfill.contactsWritten(), backfill.seconds()));
        steady = new SteadyStateRun(sandbox, revbridge).measure(eventsPerSecond, steadySeconds, Duration.ofSeconds(60));
        progress(out, "steady state done: " + steady.writesLanded() + " of " + steady.eventsSent() + " writes landed");
        GcLog gc = revbridge.gc();
        resources = new BenchReport.Resources(gc.collections(), gc.peakUsedMb(), gc.peakLiveMb(),
            revbridge.cpu().toNanos() / 1e9);
      }
    }

    NaiveResult naive = null;
    long naiveN = Math.min(naiveRecords, records);
    if (naiveN > 0) {
      progress(out, "naive baseline over " + naiveN + " contacts on a fresh sandbox");
      MappingSet mappings = MappingLoader.load(MappingSource.classpath(MappingSource.DEFAULTS_PREFIX));
      try (HubSpotSandbox sandbox = HubSpotSandbox.start(options.withContacts((int) naiveN))) {
        naive = new NaiveConnector(sandbox.baseUrl(), sandbox.accessToken(),
            mappings.forObject("hubspot", "contacts").orElseThrow(),
            mappings.forObject("hubspot", "companies").orElseThrow()).backfill(records);
      }
    }

    BenchReport report = new BenchReport(machine(),
        new BenchReport.Settings(records, seed, burstPer10s, searchPerSecond, batchMax, searchPageMax, latencyMillis,
            eventsPerSecond, steadySeconds, pollIntervalSeconds, naiveN, List.copyOf(jvmOptions), Map.copyOf(syncSettings),
            storeDescription),
        backfill, steady, resources, naive,
        naive == null || naive.recordsPerSecond() == 0 ? 0 : backfill.recordsPerSecond() / naive.recordsPerSecond());
    ReportTable.print(report, out);
    if (jsonFile.toAbsolutePath().getParent() != null) {
      Files.createDirectories(jsonFile.toAbsolutePath().getParent());
    }
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(jsonFile.toFile(), report);
    out.println("results written to " + jsonFile);
    out.flush();
    return backfill.complete() ? 0 : 1;
  }

  private static void progress(PrintWriter out, String line) {
    out.println("bench: " + line);
    out.flush();
  }

  private static BenchReport.Machine machine() {
    String cpu = "unknown";
    try {
      Path info = Path.of("/proc/cpuinfo");
      if (Files.isReadable(info)) {
        cpu = Files.readAllLines(info).stream().filter(l -> l.startsWith("model name"))
            .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(cpu);
      }
    } catch (IOException e) {
      // the CPU model is a nicety in the report; its absence changes no figure
    }
    return new BenchReport.Machine(Runtime.getRuntime().availableProcessors(),
        System.getProperty("os.name") + " " + System.getProperty("os.arch"),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), cpu);
  }
}
