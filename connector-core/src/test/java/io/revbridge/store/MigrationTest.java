package io.revbridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MigrationTest extends StoreContract {
  static final List<String> TABLES =
      List.of("cursors", "inbox", "outbox", "ledger_records", "audit", "dead_letters", "engine_state", "deleted_records",
          "enrichment_cache", "routing_pools", "routing_counts", "routing_assignments", "notifications", "sla_timers",
          "sequence_steps", "deal_forecasts", "leases", "write_counts", "activities", "predictive_models",
          "predictive_activations", "predictive_evaluations", "handoff_links", "console_sessions",
          "routing_open_days");
  /** "version success" of every migration shipped, in order. */
  static final List<String> MIGRATIONS = IntStream.rangeClosed(1, 21).mapToObj(v -> v + " true").toList();

  @Test
  void anEmptyDatabaseGetsEveryTable() throws SQLException {
    for (String table : TABLES) {
      assertThat(count(store, "SELECT COUNT(*) FROM " + table)).as(table).isZero();
    }
    assertThat(history(store)).containsExactlyElementsOf(MIGRATIONS);
  }

  @Test
  void openingAMigratedDatabaseAgainChangesNothingAndKeepsTheRows() throws SQLException {
    store.cursors().put("hs", "contacts", "c1");
    store.close();

    try (Store again = Store.open(settings, clock)) {
      assertThat(history(again)).containsExactlyElementsOf(MIGRATIONS);
      assertThat(again.cursors().get("hs", "contacts")).contains("c1");
    }
  }

  @Test
  void idsKeepGrowingAcrossARestartSoOutboxRowsStayInTheOrderTheyWereQueued() throws SQLException {
    List<Long> ids = new ArrayList<>(List.of(insertAudit(store), insertAudit(store)));
    store.close();
    try (Store again = Store.open(settings, clock)) {
      ids.add(insertAudit(again));
    }
    assertThat(ids).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void h2HandsOutIdsInBulkWhilePostgresConnectionsDoNotCacheRangesOfTheirOwn() throws SQLException {
    // the busiest tables by the million (V20), the others by the thousand (V17)
    Map<String, Long> h2Caches = Map.of("audit", 1_000_000L, "outbox", 1_000_000L, "inbox", 1_000_000L,
        "dead_letters", 1_000L, "notifications", 1_000L);
    for (Map.Entry<String, Long> table : h2Caches.entrySet()) {
      String sql = backend == StoreBackend.H2
          ? "SELECT IDENTITY_CACHE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = '"
              + table.getKey().toUpperCase(Locale.ROOT) + "' AND COLUMN_NAME = 'ID'"
          : "SELECT cache_size FROM pg_sequences WHERE sequencename = '" + table.getKey() + "_id_seq'";
      assertThat(count(store, sql)).as(table.getKey()).isEqualTo(backend == StoreBackend.H2 ? table.getValue() : 1);
    }
  }

  private static long insertAudit(Store store) throws SQLException {
    try (Connection c = store.dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO audit (connection, object_type, record_id, stage, decision, recorded_at)"
          + " VALUES ('hs', 'contacts', '1', 'score', 'scored', CURRENT_TIMESTAMP)", Statement.RETURN_GENERATED_KEYS);
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  @Test
  void theDialectFollowsTheUrl() {
    assertThat(store.dialectName()).isEqualTo(backend == StoreBackend.H2 ? "h2" : "postgresql");
  }

  static long count(Store store, String sql) throws SQLException {
    try (Connection c = store.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  /** "version success" per applied migration, in order (H2 adds an unversioned schema-creation row). */
  static List<String> history(Store store) throws SQLException {
    try (Connection c = store.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(
            "SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
      List<String> rows = new ArrayList<>();
      while (r.next()) {
        rows.add(r.getString(1) + " " + r.getBoolean(2));
      }
      return rows;
    }
  }
}
