package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.revbridge.sandbox.SandboxOptions;
import io.revbridge.sandbox.SandboxWrite;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code revbridge run} (the shaded jar, in its own JVM) stopped with SIGTERM in the middle of a backfill, as a
 * service manager stops it: the batch in flight is settled in the store before the store closes (H2's own
 * shutdown hook must not close the database under it), and the next run writes every contact exactly once.
 */
class GracefulStopIT {
  private static final int CONTACTS = 2_000;
  private static final Path JAR = Path.of("target", "revbridge.jar");

  @TempDir Path dir;

  @Test
  void sigtermMidBackfillSettlesTheBatchInFlightAndTheNextRunWritesEachContactOnce() throws Exception {
    assertThat(JAR).as("the shaded jar, built in the package phase before the ITs").isRegularFile();
    try (SandboxFixture fx = new SandboxFixture(dir, SandboxOptions.defaults().withContacts(CONTACTS).unlimited())) {
      int port;
      try (ServerSocket free = new ServerSocket(0)) {
        port = free.getLocalPort();
      }
      Files.writeString(fx.config, Files.readString(fx.config) + "server:\n  port: " + port + "\n");
      Path log = dir.resolve("run.log");
      ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-jar", JAR.toAbsolutePath().toString(), "run", "--config", fx.config.toString())
          .redirectErrorStream(true).redirectOutput(log.toFile());
      pb.environment().putAll(fx.env);
      Process run = pb.start();
      try {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(20))
            .until(() -> fx.sandbox.writes().size() >= 300 || !run.isAlive());
        assertThat(run.isAlive()).as("still running after 300 writes; log:\n" + Files.readString(log)).isTrue();
        run.destroy();
        assertThat(run.waitFor(2, TimeUnit.MINUTES)).as("stopped within 2 minutes of SIGTERM").isTrue();
      } finally {
        run.destroyForcibly();
      }
      String stopped = Files.readString(log);
      assertThat(stopped).as(stopped).doesNotContain("already closed").doesNotContain("could not hand back")
          .doesNotContain("Exception");

      Cli rest = fx.cli("sync", "--once");
      assertThat(rest.exitCode()).as(rest.out() + rest.err()).isZero();
      Map<String, Long> writesPerContact = fx.sandbox.writes().stream().filter(w -> w.objectType().equals("contacts"))
          .collect(Collectors.groupingBy(SandboxWrite::id, Collectors.counting()));
      assertThat(writesPerContact).hasSize(CONTACTS).allSatisfy((id, n) -> assertThat(n).as("writes to " + id).isOne());
    }
  }
}
