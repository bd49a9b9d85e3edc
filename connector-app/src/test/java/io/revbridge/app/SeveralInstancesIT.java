package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.revbridge.config.ConfigLoader;
import io.revbridge.config.RevbridgeConfig;
import io.revbridge.sandbox.SandboxOptions;
import io.revbridge.sandbox.SandboxRecord;
import io.revbridge.sandbox.SandboxWrite;
import io.revbridge.sync.InstanceLease;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two engines on one real PostgreSQL share a 5,000-contact backlog from the sandbox: each record is written
 * once and each hot lead gets one task; when one engine dies mid-way, the other finishes its work once its
 * leases ran out.
 */
class SeveralInstancesIT {
  private static final int CONTACTS = 5_000;
  private static final Duration SHORT_LEASE = Duration.ofSeconds(3);
  private static final AtomicInteger DATABASES = new AtomicInteger();
  /** The subject of the hot-lead follow-up task (FollowUpPlanner). */
  private static final String FOLLOW_UP_SUBJECT = "Call hot lead ";
  private static EmbeddedPostgres postgres;

  @TempDir Path folder;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    postgres.close();
  }

  /** A fresh database per test, so each starts with an empty store. */
  private static String freshDatabase() throws Exception {
    String name = "instances" + DATABASES.incrementAndGet();
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + name;
  }

  /** One "revbridge run" worth of engine: full passes back to back until told to stop or it dies. */
  private static final class Instance implements AutoCloseable {
    final Revbridge rb;
    final Thread thread;
    final AtomicBoolean stop = new AtomicBoolean();
    final ConcurrentLinkedQueue<String> log = new ConcurrentLinkedQueue<>();
    final AtomicInteger written = new AtomicInteger();
    volatile Throwable died;

    Instance(String name, RevbridgeConfig cfg) {
      rb = Revbridge.assemble(cfg, log::add, new InstanceLease(name, SHORT_LEASE));
      thread = new Thread(() -> {
        try {
          while (!stop.get()) {
            written.addAndGet(rb.engine().syncOnce().recordsWritten());
          }
        } catch (Throwable e) {
          died = e;
        }
      }, name);
      thread.start();
    }

    /** Kills it as the OS would: its store and connections vanish under it, and it hands nothing back. */
    void killAbruptly() throws InterruptedException {
      rb.close();
      thread.join();
    }

    @Override
    public void close() throws InterruptedException {
      stop.set(true);
      thread.join();
      rb.close();
    }
  }

  private static Map<String, Long> writesPerContact(SandboxFixture fx) {
    return fx.sandbox.writes().stream().filter(w -> w.objectType().equals("contacts"))
        .collect(Collectors.groupingBy(SandboxWrite::id, Collectors.counting()));
  }

  private static boolean allScored(SandboxFixture fx) {
    return fx.contacts().stream().allMatch(c -> c.get("revbridge_grade") != null);
  }

  private static void assertOneTaskPerHotLead(SandboxFixture fx) {
    List<SandboxRecord> hot = fx.contacts().stream().filter(c -> "HOT".equals(c.get("revbridge_grade"))).toList();
    List<SandboxRecord> tasks = fx.sandbox.records("tasks");
    assertThat(hot).isNotEmpty();
    // Routing adds other kinds of task (sequence steps, battle cards) and may leave a lead without an owner;
    // each hot lead with an owner has its one follow-up.
    Map<String, Long> followUpsPerLead = tasks.stream()
        .filter(t -> t.get("hs_task_subject") != null && t.get("hs_task_subject").startsWith(FOLLOW_UP_SUBJECT))
        .flatMap(t -> t.associations().getOrDefault("contacts", List.of()).stream())
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertThat(followUpsPerLead).as("follow-ups per hot lead")
        .containsOnlyKeys(hot.stream().filter(c -> c.get("hubspot_owner_id") != null).map(SandboxRecord::id).toList())
        .allSatisfy((lead, n) -> assertThat(n).isOne());
    Map<String, Long> perKey = tasks.stream()
        .collect(Collectors.groupingBy(t -> String.valueOf(t.get("revbridge_task_key")), Collectors.counting()));
    assertThat(perKey).as("tasks per task key").allSatisfy((key, n) -> assertThat(n).as(key).isOne());
  }

  @Test
  void twoInstancesShareTheBacklogAndNoRecordIsWrittenTwice() throws Exception {
    try (SandboxFixture fx = new SandboxFixture(folder, SandboxOptions.defaults().withContacts(CONTACTS).unlimited(),
        freshDatabase())) {
      RevbridgeConfig cfg = ConfigLoader.load(fx.config, fx.env);
      List<Instance> both = new ArrayList<>();
      try (Instance a = new Instance("instance-a", cfg); Instance b = new Instance("instance-b", cfg)) {
        both.add(a);
        both.add(b);
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(500))
            .until(() -> allScored(fx) || a.died != null || b.died != null);
        // The last writes may still be settling; once the outbox is empty nothing more will be sent.
        await().atMost(Duration.ofMinutes(2)).until(() -> a.rb.store().outbox().countByStatus().get("PENDING") == 0
            && a.rb.store().inbox().countByStatus().get("PENDING") == 0);
        assertThat(a.died).as(String.join("\n", a.log)).isNull();
        assertThat(b.died).as(String.join("\n", b.log)).isNull();
      }

      Map<String, Long> writes = writesPerContact(fx);
      assertThat(writes).as("every contact written").hasSize(CONTACTS);
      assertThat(writes.values()).as("no contact written twice").allMatch(n -> n == 1);
      assertOneTaskPerHotLead(fx);
      assertThat(both).allSatisfy(i -> assertThat(i.written.get()).as("records written by " + i.thread.getName())
          .isPositive());
      assertThat(both.get(0).written.get() + both.get(1).written.get()).isEqualTo(CONTACTS);
    }
  }

  @Test
  void whenOneInstanceDiesMidwayTheOtherFinishesItsWorkAfterItsLeasesRanOut() throws Exception {
    try (SandboxFixture fx = new SandboxFixture(folder, SandboxOptions.defaults().withContacts(CONTACTS).unlimited(),
        freshDatabase())) {
      RevbridgeConfig cfg = ConfigLoader.load(fx.config, fx.env);
      Instance a = new Instance("instance-a", cfg);
      await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100))
          .until(() -> writesPerContact(fx).size() >= 1_000 || a.died != null);
      try (Instance b = new Instance("instance-b", cfg)) {
        a.killAbruptly();
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(500))
            .until(() -> allScored(fx) || b.died != null);
        await().atMost(Duration.ofMinutes(2)).until(() -> b.rb.store().outbox().countByStatus().get("PENDING") == 0
            && b.rb.store().inbox().countByStatus().get("PENDING") == 0);
        assertThat(b.died).as(String.join("\n", b.log)).isNull();
      }

      Map<String, Long> writes = writesPerContact(fx);
      assertThat(writes).as("every contact written").hasSize(CONTACTS);
      // Writes a had sent when it died but never recorded are in doubt for b, which finds them in the CRM.
      assertThat(writes.values()).as("no contact written twice").allMatch(n -> n == 1);
      assertThat(fx.contacts()).allSatisfy(c -> assertThat(c.get("revbridge_score")).isNotBlank());
      assertOneTaskPerHotLead(fx);
    }
  }
}
