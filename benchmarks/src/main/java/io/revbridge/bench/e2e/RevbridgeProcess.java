package io.revbridge.bench.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar revbridge.jar run} in its own JVM, configured for one HubSpot connection to the sandbox,
 * with its store, log and GC log in a work folder. A separate process keeps the sandbox's CPU and heap out
 * of Revbridge's figures, and measures the jar users run, not a test wiring of it.
 */
final class RevbridgeProcess implements AutoCloseable {
  static final String CONNECTION = "bench";
  static final String CLIENT_SECRET = "bench-client-secret";
  private static final String TOKEN_VAR = "REVBRIDGE_BENCH_HUBSPOT_TOKEN";
  private static final String SECRET_VAR = "REVBRIDGE_BENCH_HUBSPOT_CLIENT_SECRET";

  private final Process process;
  private final int port;
  private final Path gcLog;
  private final Path log;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private RevbridgeProcess(Process process, int port, Path gcLog, Path log) {
    this.process = process;
    this.port = port;
    this.gcLog = gcLog;
    this.log = log;
  }

  /**
   * Writes revbridge.yaml into {@code work} and starts {@code run}; returns at once (the first poll pass,
   * the backfill, starts as soon as the process is up).
   */
  static RevbridgeProcess start(Path jar, Path work, BenchStore store, String sandboxUrl, String sandboxToken,
      int pollIntervalSeconds, int searchPerSecond, List<String> jvmOptions,
      Map<String, String> syncSettings) {
    try {
      Files.createDirectories(work);
      int port = freePort();
      Path config = work.resolve("revbridge.yaml");
      List<String> yaml = new ArrayList<>(store.yaml());
      yaml.addAll(List.of(
          "server:",
          "  port: " + port,
          "sync:",
          "  pollIntervalSeconds: " + pollIntervalSeconds));
      syncSettings.forEach((key, value) -> yaml.add("  " + key + ": " + value));
      yaml.addAll(List.of(
          "connections:",
          "  - name: " + CONNECTION,
          "    crm: hubspot",
          "    baseUrl: " + sandboxUrl,
          "    accessToken: ${" + TOKEN_VAR + "}",
          "    clientSecret: ${" + SECRET_VAR + "}",
          "    objects: [contacts]",
          // the account's whole search limit, as the sandbox enforces it (the adapter's default, 4, leaves one
          // search per second to other integrations)
          "    options:",
          "      searchPerSecond: " + searchPerSecond,
          ""));
      Files.writeString(config, String.join("\n", yaml));
      Path gcLog = work.resolve("gc.log");
      Path log = work.resolve("revbridge.log");
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xlog:gc:file=" + gcLog.toAbsolutePath());
      command.addAll(jvmOptions);
      command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "run", "--config", config.toString()));
      ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile())
          .redirectErrorStream(true).redirectOutput(log.toFile());
      pb.environment().put(TOKEN_VAR, sandboxToken);
      pb.environment().put(SECRET_VAR, CLIENT_SECRET);
      return new RevbridgeProcess(pb.start(), port, gcLog, log);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start Revbridge from " + jar, e);
    }
  }

  /** The benchmark calls this first, so a missing jar fails before anything is seeded or started. */
  static void requireJar(Path jar) {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalArgumentException("revbridge.jar not found at " + jar
          + " — build it first: mvn -B -q package -DskipTests, or pass --revbridge-jar PATH");
    }
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  String webhookUrl() {
    return baseUrl() + "/webhooks/hubspot/" + CONNECTION;
  }

  /** True once {@code /ready} answers 200: the first poll pass (the backfill) has finished. */
  boolean ready() {
    requireAlive();
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/ready"))
          .timeout(Duration.ofSeconds(2)).build();
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false; // not listening yet
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** CPU time the process has used so far, user and system. */
  Duration cpu() {
    return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
  }

  GcLog gc() {
    return GcLog.read(gcLog);
  }

  Path log() {
    return log;
  }

  void requireAlive() {
    if (!process.isAlive()) {
      throw new IllegalStateException("Revbridge exited with code " + process.exitValue() + "; see " + log);
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return s.getLocalPort();
    }
  }
}
