package io.revbridge.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.index.Cursor;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.db.MVPrimaryIndex;
import org.h2.mvstore.db.MVSecondaryIndex;
import org.h2.mvstore.db.MVTable;
import org.h2.mvstore.tx.Transaction;
import org.h2.result.Row;
import org.h2.result.SearchRow;
import org.h2.schema.Schema;
import org.h2.table.Table;
import org.h2.value.VersionedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes an H2 store file consistent again after the process that had it open died (kill -9, OOM killer, power loss).
 *
 * <p>H2 2.5 writes its file by taking each table's and each index's latest state one after the other while other
 * threads keep changing them, so the file can hold part of a transaction: a row already changed in the table but not
 * yet in one of its indexes, or changes whose undo entries were not written yet. After a kill, H2's own recovery then
 * leaves an index that disagrees with its table, and the next update of that row fails for ever with {@code Timeout
 * trying to lock table {0}} (H2 looks for the index entry, does not find it, takes it for a concurrent update and
 * retries until its lock timeout); or it leaves uncommitted entries of a transaction that no longer exists, which
 * block the row whenever a live transaction gets the same id. {@code CrashRecoveryIT} met the first: one outbox write
 * could never be marked done.
 *
 * <p>Revbridge marks the file in use while it has it open ({@code <file>.in-use}, deleted when the store closes). A
 * start that finds the mark, before anything else uses the store, replaces every uncommitted entry left in a table by
 * its committed value and rebuilds every index from its table's rows the way {@code CREATE INDEX} builds one (sorted
 * runs merged into the index), reading each table once. Time grows with the rows: seconds for tens of thousands.
 */
final class H2UncleanStopRepair {
  private static final Logger LOG = LoggerFactory.getLogger(H2UncleanStopRepair.class);

  /** What a repair did. */
  record Result(int tables, int indexes, long uncommittedEntries, Duration took) {}

  private H2UncleanStopRepair() {}

  /** The mark of a file in use: the path beside the H2 file. */
  static Path inUseMark(Path file) {
    return file.resolveSibling(file.getFileName() + ".in-use");
  }

  /**
   * Whether the last process that opened the file stopped without closing it: the mark is there and nobody holds the
   * file (a store open elsewhere is marked too, and is not ours to repair).
   */
  static boolean stoppedUncleanly(Path file) {
    return Files.exists(inUseMark(file)) && Files.exists(file) && !H2FileLock.held(file);
  }

  /** Marks the file in use, once it is open and repaired. */
  static void markInUse(Path file, StoreSettings settings) {
    try {
      Files.writeString(inUseMark(file), "pid " + ProcessHandle.current().pid() + " since " + Instant.now() + "\n");
    } catch (IOException e) {
      throw new StoreException("Could not write " + inUseMark(file) + " beside the store at "
          + settings.redactedUrl() + " (it tells the next start whether this one stopped cleanly): " + e
          + ". Check that Revbridge may write to that folder.", e);
    }
  }

  /** After the store closed: the next start needs no repair. */
  static void markClosed(Path file) {
    try {
      Files.deleteIfExists(inUseMark(file));
    } catch (IOException e) {
      LOG.warn("Could not delete {}: {}. The next start checks the store as after an unclean stop.",
          inUseMark(file), e.toString());
    }
  }

  /**
   * Repairs the open store; nothing else may use it yet.
   *
   * @throws StoreException when the store cannot be read or written
   */
  static Result repair(DataSource dataSource, StoreSettings settings) {
    Instant started = Instant.now();
    LOG.warn("The last Revbridge that had the store at {} open stopped without closing it (killed, out of memory,"
        + " power loss): checking its tables and rebuilding its indexes before anything else uses it.",
        settings.redactedUrl());
    try (Connection c = dataSource.getConnection()) {
      SessionLocal session = (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
      Set<Integer> open = new HashSet<>();
      for (Transaction t : session.getDatabase().getStore().getTransactionStore().getOpenTransactions()) {
        open.add(t.getId());
      }
      int tables = 0;
      int indexes = 0;
      long uncommitted = 0;
      for (Schema schema : session.getDatabase().getAllSchemasNoMeta()) {
        for (Table table : schema.getAllTablesAndViews(session)) {
          if (!(table instanceof MVTable mvTable)) {
            continue;
          }
          tables++;
          uncommitted += commitLeftovers(((MVPrimaryIndex) mvTable.getScanIndex(session)).getMVMap(), open);
          indexes += rebuildIndexes(session, mvTable);
        }
      }
      try (Statement s = c.createStatement()) {
        s.execute("CHECKPOINT SYNC");
      }
      Result result = new Result(tables, indexes, uncommitted, Duration.between(started, Instant.now()));
      LOG.warn("Checked the store after the unclean stop in {} s: {} tables, {} indexes rebuilt, {} uncommitted"
          + " entries of ended transactions set back to their committed values.",
          String.format(Locale.ROOT, "%.1f", result.took().toMillis() / 1000.0), tables, indexes,
          uncommitted);
      return result;
    } catch (SQLException | RuntimeException e) {
      throw new StoreException("Could not repair the store at " + settings.redactedUrl() + " after an unclean"
          + " stop: " + Redaction.text(String.valueOf(e), settings) + ". The mark <file>.in-use stays, so the next"
          + " start tries again; if it fails the same way, restore the store from a backup"
          + " (docs/store.md, Backups).", Redaction.safeCause(e, settings));
    }
  }

  /**
   * Sets every entry a transaction that no longer exists left uncommitted to its committed value (or removes it when
   * the transaction had added it). Returns how many.
   */
  private static long commitLeftovers(MVMap<Long, VersionedValue<SearchRow>> rows, Set<Integer> open) {
    long fixed = 0;
    for (Map.Entry<Long, VersionedValue<SearchRow>> e : rows.entrySet()) {
      long operation = e.getValue().getOperationId();
      // an operation id holds its transaction's id in the bits above the 40 of the log id (H2's TransactionStore)
      if (operation == 0 || open.contains((int) (operation >>> 40))) {
        continue;
      }
      SearchRow committed = e.getValue().getCommittedValue();
      if (committed == null) {
        rows.remove(e.getKey());
      } else {
        @SuppressWarnings("unchecked")
        VersionedValue<SearchRow> asStored = (VersionedValue<SearchRow>) (Object) committed;
        rows.put(e.getKey(), asStored);
      }
      fixed++;
    }
    return fixed;
  }

  /**
   * Empties the table's indexes and fills them from its rows the way {@code CREATE INDEX} does (sorted runs merged into
   * the index), reading the rows once for all of them. Returns how many.
   */
  private static int rebuildIndexes(SessionLocal session, MVTable table) {
    List<MVSecondaryIndex> indexes = table.getIndexes().stream().filter(MVSecondaryIndex.class::isInstance)
        .map(MVSecondaryIndex.class::cast).toList();
    if (indexes.isEmpty()) {
      return 0;
    }
    indexes.forEach(index -> index.getMVMap().clear());
    org.h2.mvstore.db.Store store = session.getDatabase().getStore();
    int runRows = Math.max(10_000, session.getDatabase().getMaxMemoryRows());
    Map<MVSecondaryIndex, List<String>> runs = new LinkedHashMap<>();
    indexes.forEach(index -> runs.put(index, new ArrayList<>()));
    List<Row> rows = new ArrayList<>(runRows);
    Cursor cursor = table.getScanIndex(session).find(session, null, null, false);
    while (cursor.next()) {
      rows.add(cursor.get());
      if (rows.size() == runRows) {
        writeRuns(rows, runs, store);
        rows.clear();
      }
    }
    writeRuns(rows, runs, store);
    runs.forEach((index, names) -> {
      if (!names.isEmpty()) { // an empty table: the emptied indexes are right as they are
        index.addBufferedRows(names);
      }
    });
    return indexes.size();
  }

  /** One sorted run of the rows per index; rows come in key order and the sort is stable, as the index needs. */
  private static void writeRuns(List<Row> rows, Map<MVSecondaryIndex, List<String>> runs,
      org.h2.mvstore.db.Store store) {
    if (rows.isEmpty()) {
      return;
    }
    runs.forEach((index, names) -> {
      List<Row> sorted = new ArrayList<>(rows);
      sorted.sort(index::compareRows);
      String name = store.nextTemporaryMapName();
      index.addRowsToBuffer(sorted, name);
      names.add(name);
    });
  }
}
