package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.revbridge.sandbox.SandboxOptions;
import io.revbridge.sandbox.SandboxRecord;
import io.revbridge.store.Store;
import io.revbridge.store.StoreSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sandbox that fails a fifth of all API calls (429s, 500s and connection resets before and after the
 * change was applied, stalls past the client's timeout) ends in the same state as a fault-free one after
 * the same syncs, without a duplicate task.
 */
class FaultInjectionIT {
  private static final int CONTACTS = 1_000;

  @TempDir Path faulty;
  @TempDir Path clean;

  /** Score, grade, reasons and whether it has an owner, per contact. */
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

  /** The pass's exit code and last line; for a failed pass, what it said on stderr, so a failure names its cause. */
  private static String pass(SandboxFixture fx) {
    Cli cli = fx.cli("sync", "--once");
    return cli.exitCode() + ": " + cli.lastLine() + (cli.exitCode() == 0 ? "" : " " + cli.err().strip());
  }

  /** Writes still in the outbox of the store in {@code folder} (no sync runs while it is read). */
  private static long pendingWrites(Path folder) {
    String url = "jdbc:h2:file:" + folder.resolve("store").toAbsolutePath().toString().replace('\\', '/');
    try (Store store = Store.open(StoreSettings.of(url))) {
      return store.outbox().countByStatus().get("PENDING");
    }
  }

  /** A short client timeout, so that the sandbox's stalls are timeouts. */
  private static void shortTimeout(SandboxFixture fx) throws Exception {
    fx.option("timeoutSeconds", "1");
  }

  @Test
  void aFifthOfCallsFailingEndsInTheFaultFreeStateWithoutDuplicateTasks() throws Exception {
    long seed = Long.getLong("faults.seed", System.nanoTime());
    SandboxOptions options = SandboxOptions.defaults().withContacts(CONTACTS).unlimited();
    try (SandboxFixture fx = new SandboxFixture(faulty, options);
        SandboxFixture reference = new SandboxFixture(clean, options)) {
      shortTimeout(fx);
      shortTimeout(reference);
      fx.sandbox.injectRandomFaults(0.2, seed, Duration.ofMillis(1_500));
      List<String> runs = java.util.Collections.synchronizedList(new ArrayList<>());
      // Writes that failed every retry of the adapter wait in the outbox for the engine's next attempt (30 s,
      // then 60 s, ...); passes go on, still under faults, until none is left.
      runs.add(pass(fx));
      await().atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(10)).until(() -> {
        if (pendingWrites(faulty) == 0) {
          return true;
        }
        runs.add(pass(fx));
        return false;
      });
      fx.sandbox.injectRandomFaults(0, 0, Duration.ofSeconds(1));
      Cli settle = fx.cli("sync", "--once");
      runs.add(settle.exitCode() + ": " + settle.lastLine());
      Cli baseline = reference.cli("sync", "--once");
      String context = "seed " + seed + ", faults served " + fx.sandbox.stats().faultsServed() + ", passes " + runs;

      assertThat(baseline.exitCode()).as(baseline.out() + baseline.err()).isZero();
      assertThat(fx.sandbox.stats().faultsServed()).as(context).isPositive();
      assertThat(outcome(fx)).as(context).isEqualTo(outcome(reference));
      assertThat(tasksPerContact(fx)).as(context).isEqualTo(tasksPerContact(reference))
          .allSatisfy((task, n) -> assertThat(n).as("task " + task).isOne());
      assertThat(fx.sandbox.records("tasks")).hasSameSizeAs(reference.sandbox.records("tasks"));
    }
  }
}
