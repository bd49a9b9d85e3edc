package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.revbridge.sandbox.SandboxOptions;
import io.revbridge.sandbox.SandboxRecord;
import io.revbridge.sandbox.SandboxWrite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code revbridge sync --once} in its own JVM (the shaded jar users run), killed with SIGKILL at random
 * points of a 5,000-contact sync and restarted, several times: the sandbox ends exactly as after an
 * uninterrupted run, with every contact written once and one task per hot lead. The kill points come from
 * {@code -Dcrash.seed=<seed>} (the seed a failure prints), else from a new seed each run.
 */
class CrashRecoveryIT {
  private static final int CONTACTS = 5_000;
  private static final int KILLS = 5;
  private static final Path JAR = Path.of("target", "revbridge.jar");

  @TempDir Path crashed;
  @TempDir Path uninterrupted;

  private static Process start(SandboxFixture fx, Path log) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toAbsolutePath().toString(), "sync", "--once", "--config", fx.config.toString())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    pb.environment().putAll(fx.env);
    return pb.start();
  }

  private static Map<String, Long> writesPerContact(SandboxFixture fx) {
    return fx.sandbox.writes().stream().filter(w -> w.objectType().equals("contacts"))
        .collect(Collectors.groupingBy(SandboxWrite::id, Collectors.counting()));
  }

  /** What an uninterrupted and a recovered run must agree on, per contact. */
  private static Map<String, List<String>> outcome(SandboxFixture fx) {
    return fx.contacts().stream().collect(Collectors.toMap(SandboxRecord::id, c -> List.of(
        String.valueOf(c.get("revbridge_score")), String.valueOf(c.get("revbridge_grade")),
        String.valueOf(c.get("revbridge_score_reasons")), String.valueOf(c.get("hubspot_owner_id") != null))));
  }

  /**
   * Tasks per contact and kind (subject and Revbridge's task key): routing creates several kinds of task for
   * one contact (follow-up, sequence step, battle card), but never the same one twice.
   */
  private static Map<String, Long> tasksPerContact(SandboxFixture fx) {
    return fx.sandbox.records("tasks").stream()
        .flatMap(t -> t.associations().getOrDefault("contacts", List.of()).stream()
            .map(c -> c + " " + t.get("hs_task_subject") + " " + t.get("revbridge_task_key")))
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  @Test
  void killedAtRandomPointsAndRestartedTheSyncEndsAsAnUninterruptedOne() throws Exception {
    assertThat(JAR).as("the shaded jar, built in the package phase before the ITs").isRegularFile();
    long seed = Long.getLong("crash.seed", System.nanoTime());
    Random random = new Random(seed);
    Path log = crashed.resolve("revbridge.log");
    SandboxOptions options = SandboxOptions.defaults().withContacts(CONTACTS).unlimited();
    try (SandboxFixture fx = new SandboxFixture(crashed, options);
        SandboxFixture clean = new SandboxFixture(uninterrupted, options)) {
      List<String> killedAfter = new ArrayList<>();
      for (int kill = 0; kill < KILLS; kill++) {
        int before = fx.sandbox.writes().size();
        int more = 50 + random.nextInt(1_500);
        Process p = start(fx, log);
        try {
          await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(20))
              .until(() -> fx.sandbox.writes().size() - before >= more || !p.isAlive());
        } catch (org.awaitility.core.ConditionTimeoutException stuck) {
          throw new AssertionError("seed " + seed + ": run " + (kill + 1) + " made " + (fx.sandbox.writes().size() - before)
              + " of " + more + " writes in 5 minutes; its threads:\n" + threads(p) + "\nlog " + log + ":\n" + tail(log),
              stuck);
        } finally {
          p.destroyForcibly();
        }
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        killedAfter.add((fx.sandbox.writes().size() - before) + " writes");
      }
      int exit = -1;
      for (int run = 0; run < 3 && exit != 0; run++) {
        Process p = start(fx, log);
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        exit = p.exitValue();
      }
      String context = "seed " + seed + ", killed after " + killedAfter + "; log " + log + ":\n"
          + tail(log);
      assertThat(exit).as(context).isZero();
      Cli reference = clean.cli("sync", "--once");
      assertThat(reference.exitCode()).as(reference.out() + reference.err()).isZero();

      assertThat(outcome(fx)).as(context).isEqualTo(outcome(clean));
      String twice = writesPerContact(fx).entrySet().stream().filter(e -> e.getValue() > 1).limit(3)
          .map(e -> e.getKey() + ": " + fx.sandbox.writes().stream().filter(w -> w.id().equals(e.getKey()))
              .map(w -> w.at() + " " + w.requestId() + " " + w.properties()).toList())
          .collect(Collectors.joining("\n"));
      assertThat(writesPerContact(fx)).as(context + "\nwritten twice:\n" + twice).hasSize(CONTACTS)
          .allSatisfy((id, n) -> assertThat(n).as("writes to contact " + id).isOne());
      assertThat(tasksPerContact(fx)).as(context).isEqualTo(tasksPerContact(clean))
          .allSatisfy((task, n) -> assertThat(n).as("task " + task).isOne());
      int writesBefore = fx.sandbox.writes().size();
      Process again = start(fx, log);
      assertThat(again.waitFor(10, TimeUnit.MINUTES)).isTrue();
      assertThat(fx.sandbox.writes()).as("a further run writes nothing").hasSize(writesBefore);
    }
  }

  /** The stuck process's thread dump (jcmd beside the java that runs it), so a hang says where it hangs. */
  private static String threads(Process p) {
    try {
      Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
          Long.toString(p.pid()), "Thread.print").redirectErrorStream(true).start();
      String dump = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      jcmd.waitFor(30, TimeUnit.SECONDS);
      return dump;
    } catch (IOException | InterruptedException e) {
      return "(no thread dump: " + e + ")";
    }
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }
}
