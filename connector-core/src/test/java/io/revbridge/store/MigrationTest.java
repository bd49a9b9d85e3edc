package io.revbridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationTest extends StoreContract {
  static final List<String> TABLES =
      List.of("cursors", "inbox", "outbox", "ledger", "audit", "dead_letters", "engine_state", "deleted_records",
          "enrichment_cache", "routing_pools", "routing_counts", "routing_assignments", "notifications", "sla_timers",
          "sequence_steps", "deal_forecasts", "leases", "write_counts", "activities", "predictive_models",
          "predictive_activations", "predictive_evaluations", "handoff_links", "console_sessions");

  @Test
  void anEmptyDatabaseGetsEveryTable() throws SQLException {
    for (String table : TABLES) {
      assertThat(count(store, "SELECT COUNT(*) FROM " + table)).as(table).isZero();
    }
    assertThat(history(store)).containsExactly("1 true", "2 true", "3 true", "4 true", "5 true", "6 true", "7 true", "8 true", "9 true", "10 true", "11 true", "12 true", "13 true", "14 true", "15 true", "16 true");
  }

  @Test
  void openingAMigratedDatabaseAgainChangesNothingAndKeepsTheRows() throws SQLException {
    store.cursors().put("hs", "contacts", "c1");
    store.close();

    try (Store again = Store.open(settings, clock)) {
      assertThat(history(again)).containsExactly("1 true", "2 true", "3 true", "4 true", "5 true", "6 true", "7 true", "8 true", "9 true", "10 true", "11 true", "12 true", "13 true", "14 true", "15 true", "16 true");
      assertThat(again.cursors().get("hs", "contacts")).contains("c1");
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
