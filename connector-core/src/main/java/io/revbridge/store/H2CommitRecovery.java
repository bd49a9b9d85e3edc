package io.revbridge.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finishes the commits an H2 file was in the middle of when its process died, which H2 2.5 itself leaves undone.
 *
 * <p>H2 marks a transaction's undo log committed before it applies the changes. A process killed (kill -9, OOM
 * killer, power loss) after another thread wrote that mark to the file, but before the changes were applied, leaves a
 * transaction H2 restores as committed on the next open. {@code TransactionStore.endLeftoverTransactions} then calls
 * {@code Transaction.commit()} on it, which since H2 2.5.250 does nothing for a transaction already committed: its
 * rows stay locked by a transaction that never ends, and the first statement that updates one of them spins at
 * 100 % CPU forever (H2 waits only for transactions still open, so no lock timeout fires). Revbridge's sync hung
 * that way in {@code CrashRecoveryIT}. H2 2.4 applied such a transaction but cannot read 2.5's files.
 *
 * <p>Right after the store opens, before anything else uses it, this applies and ends each such transaction as H2
 * 2.4 did, through H2's own (package-private) commit, found by reflection. When H2 fixes the bug there is nothing left
 * to finish and this does nothing; if H2 renames what it calls, it says so in the log and the store opens as before.
 */
final class H2CommitRecovery {
  private static final Logger LOG = LoggerFactory.getLogger(H2CommitRecovery.class);

  private H2CommitRecovery() {}

  /** Returns how many restored commits were finished; 0 for a database that is not an embedded H2 file. */
  static int finishRestoredCommits(DataSource dataSource, StoreSettings settings) {
    try (Connection c = dataSource.getConnection()) {
      if (!c.isWrapperFor(JdbcConnection.class)
          || !(c.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)
          || session.getDatabase().getStore() == null) {
        return 0;
      }
      TransactionStore transactions = session.getDatabase().getStore().getTransactionStore();
      int finished = 0;
      for (Transaction t : transactions.getOpenTransactions()) {
        // At open nothing else runs yet: a committed transaction still open is one H2 restored and left.
        if (t.getStatus() == Transaction.STATUS_COMMITTED) {
          finish(transactions, t);
          finished++;
        }
      }
      if (finished > 0) {
        LOG.warn("The store's H2 file held {} commit(s) interrupted by an unclean stop; they were finished.",
            finished);
      }
      return finished;
    } catch (SQLException e) {
      throw new StoreException("Could not check the store at " + settings.redactedUrl()
          + " for commits interrupted by an unclean stop: " + Redaction.text(e.getMessage(), settings),
          Redaction.safeCause(e, settings));
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.warn("Could not finish H2 commits interrupted by an unclean stop (this H2 version is not the one Revbridge"
          + " was built with?): {}", e.toString());
      return 0;
    }
  }

  private static void finish(TransactionStore transactions, Transaction t) throws ReflectiveOperationException {
    Method commit = TransactionStore.class.getDeclaredMethod("commit", Transaction.class, boolean.class);
    Method end = TransactionStore.class.getDeclaredMethod("endTransaction", Transaction.class, boolean.class);
    commit.setAccessible(true);
    end.setAccessible(true);
    try {
      commit.invoke(transactions, t, true); // true: recovery, the undo log already carries its commit mark
      end.invoke(transactions, t, true);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }
}
