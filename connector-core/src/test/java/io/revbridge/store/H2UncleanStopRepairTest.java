package io.revbridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.db.MVSecondaryIndex;
import org.h2.mvstore.db.MVTable;
import org.h2.mvstore.tx.TransactionStore;
import org.h2.result.SearchRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2UncleanStopRepairTest {
  @TempDir Path dir;

  private StoreSettings settings(String name) {
    return StoreSettings.of("jdbc:h2:file:" + dir.resolve(name).toAbsolutePath());
  }

  private static SessionLocal session(Connection c) throws Exception {
    return (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
  }

  /** What a process killed while it had the store open leaves beside the file. */
  private void leaveInUseMark(String name) throws Exception {
    Files.writeString(dir.resolve(name + ".mv.db.in-use"), "pid 1\n");
  }

  @Test
  void anIndexEntryTheFileLostIsRebuiltSoTheRowCanBeUpdatedAgain() throws Exception {
    long id;
    try (Store store = Store.open(settings("revbridge"))) {
      store.outbox().enqueue(new OutboxDraft("w1", "hs", "contacts", "101", OutboxKind.FIELD_UPDATE, "{}"));
      // a second row: H2 rebuilds an index it finds empty at open, which would hide the lost entry
      store.outbox().enqueue(new OutboxDraft("w2", "hs", "contacts", "102", OutboxKind.FIELD_UPDATE, "{}"));
      id = store.outbox().byKey("w1").orElseThrow().id();
      // The file a kill left: the row is in the table, its entry in one index is not (H2 wrote the table's latest
      // state and the index's earlier one).
      try (Connection c = store.dataSource().getConnection()) {
        SessionLocal session = session(c);
        MVTable outbox = (MVTable) session.getDatabase().getSchema("PUBLIC").findTableOrView(session, "OUTBOX");
        MVSecondaryIndex index = outbox.getIndexes().stream()
            .filter(i -> i.getName().equals("IX_OUTBOX_STATUS_NEXT_ATTEMPT")).map(MVSecondaryIndex.class::cast)
            .findFirst().orElseThrow();
        MVMap<SearchRow, ?> entries = index.getMVMap();
        SearchRow entry = entries.keySet().stream().filter(k -> k.getKey() == id).findFirst().orElseThrow();
        entries.remove(entry);
      }
    }
    leaveInUseMark("revbridge");

    try (Store store = Store.open(settings("revbridge"))) {
      // Without the repair: "Could not mark write 1 done: Timeout trying to lock table {0}", at every start.
      store.outbox().markDone(id);
      assertThat(store.outbox().byKey("w1").orElseThrow().status()).isEqualTo(OutboxEntry.DONE);
      assertThat(store.outbox().countByStatus()).containsEntry(OutboxEntry.DONE, 1L)
          .containsEntry(OutboxEntry.PENDING, 1L);
    }
    assertThat(dir.resolve("revbridge.mv.db.in-use")).as("closed cleanly").doesNotExist();
  }

  @Test
  void anUncommittedChangeWhoseUndoEntryTheFileLostIsSetBack() throws Exception {
    int staleTransaction;
    try (Store store = Store.open(settings("revbridge"))) {
      store.cursors().put("hs", "contacts", "c1");
      try (Connection c = store.dataSource().getConnection()) {
        c.setAutoCommit(false);
        try (PreparedStatement s = c.prepareStatement("UPDATE cursors SET cursor_value = 'c2'")) {
          assertThat(s.executeUpdate()).isOne();
        }
        // The file a kill left: the table holds the uncommitted change, the undo log that would undo it is empty.
        SessionLocal session = session(c);
        staleTransaction = session.getTransaction().getId();
        TransactionStore transactions = session.getDatabase().getStore().getTransactionStore();
        Field undoLogs = TransactionStore.class.getDeclaredField("undoLogs");
        undoLogs.setAccessible(true);
        ((MVMap<?, ?>[]) undoLogs.get(transactions))[staleTransaction].clear();
        session.getDatabase().getStore().getMvStore().commit();
        Files.copy(dir.resolve("revbridge.mv.db"), dir.resolve("killed.mv.db"));
        c.rollback();
      }
    }
    leaveInUseMark("killed");

    try (Store store = Store.open(settings("killed"));
        Connection holder = store.dataSource().getConnection()) {
      assertThat(store.cursors().get("hs", "contacts")).as("the committed value").contains("c1");
      // A live transaction with the dead one's id: without the repair the update below waits for it and times out.
      holder.setAutoCommit(false);
      try (Statement s = holder.createStatement()) {
        s.executeUpdate("UPDATE outbox SET status = status WHERE id = -1");
      }
      assertThat(session(holder).getTransaction().getId()).as("precondition: the same transaction id")
          .isEqualTo(staleTransaction);
      store.cursors().put("hs", "contacts", "c3");
      assertThat(store.cursors().get("hs", "contacts")).contains("c3");
      holder.rollback();
    }
  }

  @Test
  void aStoreClosedCleanlyIsNotRepaired() throws Exception {
    try (Store store = Store.open(settings("revbridge"))) {
      assertThat(dir.resolve("revbridge.mv.db.in-use")).as("marked while open").exists();
      assertThat(H2UncleanStopRepair.stoppedUncleanly(dir.resolve("revbridge.mv.db")))
          .as("marked, but open: not a store to repair").isFalse();
      store.cursors().put("hs", "contacts", "c1");
    }
    assertThat(dir.resolve("revbridge.mv.db.in-use")).doesNotExist();
    assertThat(H2UncleanStopRepair.stoppedUncleanly(dir.resolve("revbridge.mv.db"))).isFalse();
  }

  @Test
  void aRepairCountsWhatItDid() throws Exception {
    try (Store store = Store.open(settings("revbridge"))) {
      store.cursors().put("hs", "contacts", "c1");
    }
    try (Store store = Store.open(settings("revbridge"))) {
      H2UncleanStopRepair.Result result = H2UncleanStopRepair.repair(store.dataSource(), settings("revbridge"));
      assertThat(result.tables()).as("Revbridge's tables and Flyway's").isGreaterThan(20);
      assertThat(result.indexes()).isGreaterThan(result.tables());
      assertThat(result.uncommittedEntries()).isZero();
      assertThat(store.cursors().get("hs", "contacts")).contains("c1");
    }
  }
}
