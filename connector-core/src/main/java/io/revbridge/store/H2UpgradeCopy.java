package io.revbridge.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a copy of an H2 store file while its schema is upgraded, and puts it back when an upgrade was cut short.
 *
 * <p>H2 commits every DDL statement on its own, so a migration is no transaction there: a process killed in the
 * middle of one (kill -9, power loss, a first start stopped at once) left part of it applied and no line in
 * {@code flyway_schema_history}, and every later start failed on that part ("Index ... already exists"). With the
 * copy, the next start puts the file back as it was before the upgrade and runs the upgrade again. PostgreSQL runs
 * each migration in a transaction and needs none of this.
 */
final class H2UpgradeCopy {
  private static final Logger LOG = LoggerFactory.getLogger(H2UpgradeCopy.class);

  private final Path file;
  private final Path copy;

  /** For the H2 store file {@code file}. */
  H2UpgradeCopy(Path file) {
    this.file = file;
    this.copy = file.resolveSibling(file.getFileName() + ".before-upgrade");
  }

  Path copy() {
    return copy;
  }

  private Path partialCopy() {
    return copy.resolveSibling(copy.getFileName() + ".part");
  }

  /** Before the store opens: puts back the copy an interrupted upgrade left, so the upgrade runs again from the start. */
  void restoreInterrupted(StoreSettings settings) {
    try {
      if (H2FileLock.held(file)) {
        // another process has the store open and may be upgrading it right now: its copy is not ours to touch, and
        // connecting will say the store is in use
        return;
      }
      // a copy cut short means the upgrade had not begun yet: the store file itself is whole
      Files.deleteIfExists(partialCopy());
      if (!Files.exists(copy)) {
        return;
      }
      LOG.warn("The last schema upgrade of {} stopped before it finished; the store is put back as it was before it,"
          + " from {}, and upgraded again.", file, copy);
      Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new StoreException("Could not put back the store at " + settings.redactedUrl() + " from " + copy
          + ", the copy an interrupted schema upgrade left: " + e + ". Move " + copy + " over " + file
          + " by hand (with Revbridge stopped), then start again.", e);
    }
  }

  /**
   * With the store open and nothing else using it yet: writes everything to the file and copies it, before the
   * migrations from {@code fromVersion} (empty: a new store) to {@code toVersion} run.
   */
  void keep(DataSource dataSource, StoreSettings settings, Optional<String> fromVersion, String toVersion) {
    Instant started = Instant.now();
    // A new store's first migrations are no upgrade to announce; its copy (of an empty file) is kept all the same.
    boolean upgrade = fromVersion.isPresent();
    String from = fromVersion.orElse("none");
    try {
      try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
        s.execute("CHECKPOINT SYNC");
      }
      if (upgrade) {
        LOG.info("Upgrading the store's schema from version {} to {}; {} ({} MB) is copied to {} first, so an"
            + " upgrade cut short starts over from it.", from, toVersion, file, Files.size(file) >> 20, copy);
      }
      Path partial = partialCopy();
      Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
      try (FileChannel written = FileChannel.open(partial, StandardOpenOption.WRITE)) {
        written.force(true);
      }
      Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE);
      if (upgrade) {
        LOG.info("Copied the store in {} s.", Duration.between(started, Instant.now()).toSeconds());
      }
    } catch (IOException | SQLException e) {
      throw new StoreException("Could not copy the store at " + settings.redactedUrl() + " to " + copy
          + " before upgrading its schema from version " + from + " to " + toVersion + ": "
          + Redaction.text(e.toString(), settings)
          + ". Nothing was changed. The copy needs as much free disk as " + file + " takes.",
          Redaction.safeCause(e, settings));
    }
  }

  /**
   * After the upgrade succeeded. A copy left behind would be put back at the next start, so a copy that cannot be
   * deleted stops Revbridge before it writes anything: then putting it back loses nothing.
   */
  void discard(StoreSettings settings) {
    try {
      Files.deleteIfExists(copy);
    } catch (IOException e) {
      throw new StoreException("Upgraded the schema of the store at " + settings.redactedUrl() + " but could not delete"
          + " the copy kept during the upgrade, " + copy + ": " + e + ". Revbridge stops before writing anything;"
          + " the next start puts the store back from the copy and upgrades it again.", e);
    }
  }
}
