package io.revbridge.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The hand-off end to end on the production store, PostgreSQL: every step of {@link HandoffEndToEndIT} (find or
 * create, no duplicates across passes and a restart, feedback, field sync, report, dead letters and their replay)
 * against a real server instead of H2.
 */
class HandoffPostgresIT extends HandoffEndToEndIT {
  private EmbeddedPostgres postgres;

  @Override
  String storeYaml(Path folder) {
    try {
      postgres = EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
    }
    return "store:\n  url: jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres\n  user: postgres";
  }

  @Override
  void afterStop() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
