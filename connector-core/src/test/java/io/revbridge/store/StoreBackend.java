package io.revbridge.store;

import java.nio.file.Path;
import java.util.Optional;

/** The two databases every store contract runs against. */
enum StoreBackend {
  H2 {
    @Override
    StoreSettings freshSettings(Path dir) {
      return StoreSettings.of("jdbc:h2:file:" + dir.resolve("revbridge").toAbsolutePath());
    }
  },
  POSTGRESQL {
    @Override
    StoreSettings freshSettings(Path dir) {
      return new StoreSettings(
          EmbeddedPostgresServer.freshSchemaUrl(), Optional.of("postgres"), Optional.empty());
    }
  };

  /** Settings for a new, empty database (H2: a file in {@code dir}; PostgreSQL: a new schema). */
  abstract StoreSettings freshSettings(Path dir);
}
