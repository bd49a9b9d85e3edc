package io.revbridge.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.tx.TransactionStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2CommitRecoveryTest {
  @TempDir Path dir;

  private static StoreSettings h2File(Path file) {
    return StoreSettings.of("jdbc:h2:file:" + file.toAbsolutePath());
  }

  /**
   * Copies the file as a process killed in the middle of this connection's commit leaves it: the undo log marked
   * committed and written to the file (by another thread's commit), the changes not yet applied. H2 has no public
   * way in; this calls what its own commit calls first.
   */
  private static void copyAsKilledInTheMiddleOfTheCommit(Connection c, Path file, Path copy) throws Exception {
    SessionLocal session = (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
    TransactionStore transactions = session.getDatabase().getStore().getTransactionStore();
    Field committing = TransactionStore.class.getDeclaredField("committingTransactions");
    committing.setAccessible(true);
    Object committingNow = ((AtomicReference<?>) committing.get(transactions)).get();
    Method version = committingNow.getClass().getDeclaredMethod("getVersion");
    version.setAccessible(true);
    Method mark = TransactionStore.class.getDeclaredMethod("markUndoLogAsCommitted", int.class, long.class);
    mark.setAccessible(true);
    mark.invoke(transactions, session.getTransaction().getId(), (long) version.invoke(committingNow));
    session.getDatabase().getStore().getMvStore().commit();
    Files.copy(Path.of(file + ".mv.db"), Path.of(copy + ".mv.db"));
  }

  @Test
  void aCommitCutShortByAKilledProcessIsFinishedWhenTheStoreOpensAndItsRowsCanBeWrittenAgain() throws Exception {
    Path file = dir.resolve("revbridge");
    Path killed = dir.resolve("killed");
    try (Store store = Store.open(h2File(file))) {
      store.cursors().put("hs", "contacts", "c1");
      try (Connection c = store.dataSource().getConnection()) {
        c.setAutoCommit(false);
        try (PreparedStatement s = c.prepareStatement("UPDATE cursors SET cursor_value = 'c2'")) {
          assertThat(s.executeUpdate()).isOne();
        }
        copyAsKilledInTheMiddleOfTheCommit(c, file, killed);
        c.rollback();
      }
    }

    try (Store again = Store.open(h2File(killed))) {
      assertThat(again.cursors().get("hs", "contacts")).as("the commit, finished").contains("c2");
      // Without the recovery the update spins inside H2 forever: on a thread of its own, so the test can fail.
      Thread write = new Thread(() -> again.cursors().put("hs", "contacts", "c3"), "write-after-recovery");
      write.setDaemon(true);
      write.start();
      await().atMost(Duration.ofSeconds(30)).until(() -> !write.isAlive());
      assertThat(again.cursors().get("hs", "contacts")).contains("c3");
    }
  }
}
