package io.revbridge.bench.e2e;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Revbridge's store for one run: the H2 file in the work folder (the product default, inside Revbridge's
 * process), or a real PostgreSQL server started here, whose CPU is measured apart since it runs in its own
 * processes.
 */
final class BenchStore implements AutoCloseable {
  /** Which store a run uses. */
  enum Kind { H2, POSTGRES }

  /** Linux reports process CPU in clock ticks of 1/100 s (USER_HZ) on every architecture it runs Java on. */
  private static final long NANOS_PER_TICK = 10_000_000L;

  private final List<String> yaml;
  private final EmbeddedPostgres postgres;
  private final Path postgresData;

  private BenchStore(List<String> yaml, EmbeddedPostgres postgres, Path postgresData) {
    this.yaml = yaml;
    this.postgres = postgres;
    this.postgresData = postgresData;
  }

  static BenchStore start(Kind kind, Path work) {
    if (kind == Kind.H2) {
      String file = work.resolve("store").toAbsolutePath().toString().replace('\\', '/');
      return new BenchStore(List.of("store:", "  url: jdbc:h2:file:" + file), null, null);
    }
    Path data = work.resolve("postgres");
    try {
      // synchronous_commit on (PostgreSQL's default, which the embedded server turns off): each commit waits
      // for its WAL flush, as in production
      EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true)
          .setServerConfig("synchronous_commit", "on").start();
      return new BenchStore(List.of("store:",
          "  url: jdbc:postgresql://127.0.0.1:" + server.getPort() + "/postgres",
          "  user: postgres"), server, data);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + data, e);
    }
  }

  /** The {@code store:} section of revbridge.yaml. */
  List<String> yaml() {
    return yaml;
  }

  /**
   * CPU the store's own processes have used so far (PostgreSQL: the postmaster, its live backends and the
   * children it has reaped); zero for H2, whose work is in Revbridge's process and counted there.
   */
  Duration cpu() {
    if (postgres == null) {
      return Duration.ZERO;
    }
    Optional<Long> pid = postmasterPid();
    if (pid.isEmpty()) {
      return Duration.ZERO;
    }
    long ticks = ticks(pid.get(), true);
    ProcessHandle postmaster = ProcessHandle.of(pid.get()).orElse(null);
    if (postmaster != null) {
      ticks += postmaster.descendants().mapToLong(p -> ticks(p.pid(), false)).sum();
    }
    return Duration.ofNanos(ticks * NANOS_PER_TICK);
  }

  private Optional<Long> postmasterPid() {
    try {
      return Files.readAllLines(postgresData.resolve("postmaster.pid")).stream().findFirst()
          .map(String::strip).map(Long::parseLong);
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** utime + stime (+ cutime + cstime: reaped children) from /proc/PID/stat; 0 once the process is gone. */
  private static long ticks(long pid, boolean withReapedChildren) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      // the command name may hold spaces; the fields after it are space-separated, state first (field 3)
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long own = Long.parseLong(f[11]) + Long.parseLong(f[12]);
      return withReapedChildren ? own + Long.parseLong(f[13]) + Long.parseLong(f[14]) : own;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /** For the report: which store and how it was set up. */
  String describe() {
    return postgres == null ? "H2 file (the default)" : "PostgreSQL, embedded server, synchronous_commit on";
  }

  @Override
  public void close() {
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        throw new UncheckedIOException("Could not stop the embedded PostgreSQL", e);
      }
    }
  }
}
