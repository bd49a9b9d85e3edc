package io.revbridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2UpgradeCopyTest {
  @TempDir Path dir;

  private StoreSettings settings() {
    return StoreSettings.of("jdbc:h2:file:" + dir.resolve("revbridge").toAbsolutePath());
  }

  private Path file() {
    return dir.resolve("revbridge.mv.db");
  }

  private Path copy() {
    return dir.resolve("revbridge.mv.db.before-upgrade");
  }

  /** Runs the statements on the store file and closes it, as a process that stopped right after them. */
  private void run(StoreSettings settings, String... statements) throws SQLException {
    try (HikariDataSource ds = new HikariDataSource()) {
      ds.setJdbcUrl(settings.jdbcUrl());
      try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
        for (String statement : statements) {
          s.execute(statement);
        }
      }
    }
  }

  /** The store an older Revbridge left: migrated to V20, with a cursor in it. */
  private StoreSettings storeAtVersion20() throws SQLException {
    StoreSettings settings = settings();
    try (HikariDataSource ds = new HikariDataSource()) {
      ds.setJdbcUrl(settings.jdbcUrl());
      Store.migrations(ds, settings).target("20").load().migrate();
    }
    run(settings, "INSERT INTO cursors (connection, object_type, cursor_value, updated_at)"
        + " VALUES ('hs', 'contacts', 'c20', CURRENT_TIMESTAMP)");
    return settings;
  }

  @Test
  void anUpgradeStoppedHalfwayIsPutBackAndRunAgain() throws Exception {
    StoreSettings settings = storeAtVersion20();
    // What an upgrade to V21 leaves when killed after its first two statements: the copy it took, the column it
    // added and the index it dropped, and no line in flyway_schema_history (H2 commits each DDL statement alone).
    Files.copy(file(), copy());
    run(settings, "ALTER TABLE audit ADD COLUMN email_key VARCHAR(500)"
        + " GENERATED ALWAYS AS (CASE WHEN stage = 'record' THEN decision END)",
        "DROP INDEX ix_audit_stage_decision");

    try (Store store = Store.open(settings)) {
      assertThat(store.cursors().get("hs", "contacts")).contains("c20");
      assertThat(Store.migrations(store.dataSource(), settings).load().info().pending()).isEmpty();
    }
    assertThat(copy()).doesNotExist();
  }

  @Test
  void anUpgradeLeavesNoCopyBehind() throws Exception {
    StoreSettings settings = storeAtVersion20();

    try (Store store = Store.open(settings)) {
      assertThat(store.cursors().get("hs", "contacts")).contains("c20");
    }
    assertThat(copy()).doesNotExist();
    assertThat(dir.resolve("revbridge.mv.db.before-upgrade.part")).doesNotExist();
  }

  @Test
  void aCopyCutShortIsDroppedAndTheStoreKept() throws Exception {
    try (Store store = Store.open(settings())) {
      store.cursors().put("hs", "contacts", "latest");
    }
    // killed while copying: the upgrade had not begun, so the store file is the one to keep
    Files.writeString(dir.resolve("revbridge.mv.db.before-upgrade.part"), "half a copy");

    try (Store store = Store.open(settings())) {
      assertThat(store.cursors().get("hs", "contacts")).contains("latest");
    }
    assertThat(dir.resolve("revbridge.mv.db.before-upgrade.part")).doesNotExist();
  }

  @Test
  void aCopyBesideAStoreInUseIsLeftAlone() throws Exception {
    try (Store live = Store.open(settings())) {
      live.cursors().put("hs", "contacts", "live");
      // what another process's upgrade in progress has beside the file; a second start must not put it back
      Files.writeString(copy(), "another process's copy");
      try (Store second = Store.open(settings())) {
        assertThat(second.cursors().get("hs", "contacts")).contains("live");
      }
      assertThat(copy()).hasContent("another process's copy");
      assertThat(Files.size(file())).as("the store file itself").isGreaterThan(1_000);
      assertThat(live.cursors().get("hs", "contacts")).contains("live");
    }
  }
}
