package io.revbridge.store;

import com.zaxxer.hikari.HikariDataSource;
import io.revbridge.testing.FakeClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs a store contract once on H2 and once on PostgreSQL, each test on a new empty database opened
 * with a {@link FakeClock}.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(StoreBackend.class)
abstract class StoreContract {
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  @Parameter StoreBackend backend;
  @TempDir Path dir;

  final FakeClock clock = new FakeClock(T0);
  StoreSettings settings;
  Store store;

  @BeforeEach
  void openFreshStore() {
    settings = backend.freshSettings(dir);
    store = Store.open(settings, clock);
  }

  /**
   * A new store of this backend migrated up to {@code version} only, holding the rows the statements insert: the
   * store an older Revbridge left, for a test that the next migrations keep what it holds.
   */
  StoreSettings olderStore(String version, String... inserts) throws SQLException {
    StoreSettings old = backend.freshSettings(dir.resolve("old"));
    try (HikariDataSource ds = new HikariDataSource()) {
      ds.setJdbcUrl(old.jdbcUrl());
      old.user().ifPresent(ds::setUsername);
      Store.migrations(ds, old).target(version).load().migrate();
      try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
        for (String insert : inserts) {
          s.executeUpdate(insert);
        }
      }
    }
    return old;
  }

  @AfterEach
  void closeStore() {
    if (store != null) {
      store.close();
    }
  }
}
