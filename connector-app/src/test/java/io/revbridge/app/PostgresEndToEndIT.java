package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.sandbox.SandboxOptions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The production store: the same sync against a real PostgreSQL server instead of the H2 default. */
class PostgresEndToEndIT {
  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    postgres.close();
  }

  @Test
  void syncOnPostgresScoresEveryContactAndASecondPassWritesNothing(@TempDir Path folder) throws Exception {
    String url = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
    try (SandboxFixture fx = new SandboxFixture(folder, SandboxOptions.defaults().withContacts(200), url)) {
      Cli first = fx.cli("sync", "--once");
      int writes = fx.sandbox.writes().size();
      Cli second = fx.cli("sync", "--once");

      assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
      assertThat(first.lastLine()).startsWith("sync ok: 200 read, 200 scored, 200 records written");
      assertThat(fx.contacts()).allSatisfy(c -> assertThat(c.get("revbridge_grade")).isNotNull());
      assertThat(second.exitCode()).as(second.out() + second.err()).isZero();
      assertThat(fx.sandbox.writes()).hasSize(writes);
    }
  }
}
