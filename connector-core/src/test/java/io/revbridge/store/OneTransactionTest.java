package io.revbridge.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link Store#inOneTransaction}: store calls on one thread commit together or not at all. */
class OneTransactionTest extends StoreContract {
  private Jdbc jdbc;

  @BeforeEach
  void table() throws SQLException {
    jdbc = new Jdbc(store.dataSource());
    try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE probe (k VARCHAR(20) PRIMARY KEY)");
    }
  }

  @Test
  void theCallsInsideAreSeenByOthersOnlyOnceAllOfThemCommitted() {
    List<Long> seenFromOutside = new ArrayList<>();

    store.inOneTransaction("test", () -> {
      insert("a");
      insert("b");
      seenFromOutside.add(countOutside());
    });

    assertThat(seenFromOutside).containsExactly(0L);
    assertThat(countOutside()).isEqualTo(2);
  }

  @Test
  void aFailureUndoesEveryCallInsideAndSaysWhatFailed() {
    assertThatThrownBy(() -> store.inOneTransaction("test", () -> {
      insert("a");
      throw new IllegalStateException("the plan could not be stored");
    })).hasMessageContaining("the plan could not be stored");

    assertThat(countOutside()).isZero();
  }

  @Test
  void aCallThatLostARaceRunsAgainFromItsSavepointWithoutUndoingTheCallsBeforeIt() {
    AtomicInteger runs = new AtomicInteger();

    store.inOneTransaction("test", () -> {
      insert("a");
      // the first run inserts a key that exists (as a concurrent insert would have), the second does not
      jdbc.inTransaction("insert the contended key", c -> {
        try (Statement s = c.createStatement()) {
          return s.executeUpdate("INSERT INTO probe VALUES ('" + (runs.getAndIncrement() == 0 ? "a" : "b") + "')");
        }
      });
    });

    assertThat(runs).hasValue(2);
    assertThat(countOutside()).isEqualTo(2);
  }

  private void insert(String key) {
    jdbc.inTransaction("insert " + key, c -> {
      try (Statement s = c.createStatement()) {
        return s.executeUpdate("INSERT INTO probe VALUES ('" + key + "')");
      }
    });
  }

  /** On a connection of its own, as another thread or instance would read. */
  private long countOutside() {
    try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM probe")) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
