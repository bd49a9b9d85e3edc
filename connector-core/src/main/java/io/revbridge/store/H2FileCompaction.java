package io.revbridge.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Gives an H2 store file's unused space back to the disk ({@code SHUTDOWN COMPACT}). H2 reuses freed space but
 * never returns it while the database is open, and a backfill leaves the file several times its data (docs/store.md).
 * Needs the file to itself: Revbridge must be stopped.
 */
public final class H2FileCompaction {
  private H2FileCompaction() {}

  /** The file's size before and after, in bytes. */
  public record Result(Path file, long before, long after) {}

  /** Whether the URL names an H2 file database (the only kind there is to compact). */
  public static boolean applies(String jdbcUrl) {
    return jdbcUrl.startsWith("jdbc:h2:file:");
  }

  /**
   * Opens the store (so a file in use by a running Revbridge fails with the store's own message), compacts and
   * closes it.
   *
   * @throws StoreException when the store cannot be opened or the compaction fails
   */
  public static Result compact(StoreSettings settings) {
    if (!applies(settings.jdbcUrl())) {
      throw new IllegalArgumentException("not an H2 file store: " + settings.redactedUrl());
    }
    Path file = fileOf(settings.jdbcUrl());
    long before = size(file);
    Store store = Store.open(settings);
    boolean compacted = false;
    try (Connection c = store.dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute("SHUTDOWN COMPACT");
      compacted = true;
    } catch (SQLException e) {
      if (compacted) {
        // handing the connection back touches the database SHUTDOWN just closed: expected, nothing lost
        return new Result(file, before, size(file));
      }
      throw new StoreException("Could not compact the store at " + settings.redactedUrl() + ": "
          + Redaction.text(e.getMessage(), settings), Redaction.safeCause(e, settings));
    } finally {
      // the database is closed now; the pool only has to let go of its connections
      store.close();
    }
    return new Result(file, before, size(file));
  }

  /** {@code jdbc:h2:file:./data/revbridge;X=Y} → {@code ./data/revbridge.mv.db}. */
  static Path fileOf(String jdbcUrl) {
    String path = jdbcUrl.substring("jdbc:h2:file:".length());
    int options = path.indexOf(';');
    if (options >= 0) {
      path = path.substring(0, options);
    }
    if (path.startsWith("~")) {
      path = System.getProperty("user.home") + path.substring(1);
    }
    return Path.of(path.toLowerCase(Locale.ROOT).endsWith(".mv.db") ? path : path + ".mv.db");
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (java.io.IOException e) {
      return 0;
    }
  }
}
