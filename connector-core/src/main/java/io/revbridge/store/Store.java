package io.revbridge.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The opened store: a connection pool on H2 or PostgreSQL whose schema has been migrated to the
 * latest version. Open it once per process and share it; every store it hands out is thread-safe and
 * runs each call in its own transaction. Closing it closes the pool (and so an H2 file database).
 */
public final class Store implements AutoCloseable {
  private static final int POOL_SIZE = 10;
  /** How late H2 may write a commit to its file: the window of commits a kill -9 can take (see dataSource). */
  static final int H2_WRITE_DELAY_MS = 0;
  /** H2 page size in bytes (its default is 16 KB): see connect. */
  static final int H2_PAGE_SIZE = 4096;

  private final HikariDataSource dataSource;
  /** The H2 file, for a store in one: marked in use while open (H2UncleanStopRepair). */
  private final Optional<Path> h2File;
  private final SqlDialect dialect;
  private final CursorStore cursors;
  private final InboxStore inbox;
  private final OutboxStore outbox;
  private final LedgerStore ledger;
  private final AuditStore audit;
  private final DeadLetterStore deadLetters;
  private final StateStore state;
  private final DeletionStore deletions;
  private final ForecastStore forecasts;
  private final ModelStore models;
  private final LeaseStore leases;
  private final RoutingStore routing;
  private final NotificationStore notifications;
  private final SlaStore slas;
  private final SequenceStore sequences;
  private final EnrichmentCacheStore enrichmentCache;
  private final ActivityStore activities;
  private final HandoffStore handoffs;
  private final ConsoleSessionStore consoleSessions;
  private final Jdbc jdbc;

  private Store(HikariDataSource dataSource, Optional<Path> h2File, SqlDialect dialect, Clock clock) {
    this.dataSource = dataSource;
    this.h2File = h2File;
    this.dialect = dialect;
    Jdbc jdbc = new Jdbc(dataSource);
    this.jdbc = jdbc;
    this.cursors = new CursorStore(jdbc, dialect, clock);
    this.inbox = new InboxStore(jdbc, dialect, clock);
    this.outbox = new OutboxStore(jdbc, dialect, clock);
    this.ledger = new LedgerStore(jdbc);
    this.audit = new AuditStore(jdbc);
    this.deadLetters = new DeadLetterStore(jdbc);
    this.state = new StateStore(jdbc, dialect, clock);
    this.deletions = new DeletionStore(jdbc, dialect, clock);
    this.forecasts = new ForecastStore(jdbc, dialect);
    this.models = new ModelStore(jdbc);
    this.leases = new LeaseStore(jdbc, dialect, clock);
    this.routing = new RoutingStore(jdbc, dialect);
    this.notifications = new NotificationStore(jdbc, dialect);
    this.slas = new SlaStore(jdbc);
    this.sequences = new SequenceStore(jdbc);
    this.enrichmentCache = new EnrichmentCacheStore(jdbc, dialect);
    this.activities = new ActivityStore(jdbc, dialect);
    this.handoffs = new HandoffStore(jdbc, dialect, clock);
    this.consoleSessions = new ConsoleSessionStore(jdbc);
  }

  /** Opens the store with the system clock. */
  public static Store open(StoreSettings settings) {
    return open(settings, Clock.systemUTC());
  }

  /**
   * Connects, migrates the schema to the latest version and returns the ready store.
   *
   * @param clock stamps received / created / updated times (tests pass a fixed clock)
   * @throws StoreException when the URL is not H2 or PostgreSQL, the database cannot be reached, or a
   *     migration fails; the message names the URL (password masked) and what to check
   */
  public static Store open(StoreSettings settings, Clock clock) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(clock, "clock");
    SqlDialect dialect = SqlDialect.forUrl(settings.jdbcUrl());
    Optional<Path> h2File = H2FileCompaction.applies(settings.jdbcUrl())
        ? Optional.of(H2FileCompaction.fileOf(settings.jdbcUrl())) : Optional.empty();
    Optional<H2UpgradeCopy> upgradeCopy = h2File.map(H2UpgradeCopy::new);
    upgradeCopy.ifPresent(copy -> copy.restoreInterrupted(settings));
    boolean stoppedUncleanly = h2File.filter(H2UncleanStopRepair::stoppedUncleanly).isPresent();
    HikariDataSource dataSource = connect(settings);
    boolean marked = false;
    try {
      if (dialect instanceof H2Dialect) {
        H2CommitRecovery.finishRestoredCommits(dataSource, settings);
      }
      if (stoppedUncleanly) {
        H2UncleanStopRepair.repair(dataSource, settings);
      }
      h2File.ifPresent(file -> H2UncleanStopRepair.markInUse(file, settings));
      marked = h2File.isPresent();
      migrate(dataSource, settings, upgradeCopy);
    } catch (RuntimeException e) {
      dataSource.close();
      if (marked) {
        h2File.ifPresent(H2UncleanStopRepair::markClosed); // closed cleanly after all; a failed repair keeps its mark
      }
      throw e;
    }
    return new Store(dataSource, h2File, dialect, clock);
  }

  private static HikariDataSource connect(StoreSettings settings) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("revbridge-store");
    config.setJdbcUrl(settings.jdbcUrl());
    settings.user().ifPresent(config::setUsername);
    settings.password().ifPresent(p -> config.setPassword(p.reveal()));
    config.setMaximumPoolSize(POOL_SIZE);
    config.setMinimumIdle(2);
    // Fail at start, with our message, rather than on the first query.
    config.setInitializationFailTimeout(1);
    config.setConnectionTimeout(10_000);
    if (settings.jdbcUrl().startsWith("jdbc:h2:")) {
      // H2 writes commits to its file up to 500 ms late by default, so a killed process (kill -9) would lose changes
      // already acknowledged: webhooks answered 200, claims, settled writes. Write at each commit. (20 ms was tried:
      // it keeps H2's background writer, which compacts the file, but under the test suite's load that writer failed
      // a read, "Reading from file ... failed", H2 2.5.252. The file grows instead; `revbridge compact` shrinks it.)
      config.setConnectionInitSql("SET WRITE_DELAY " + H2_WRITE_DELAY_MS);
      // Parsed statements kept per connection (H2's default, 8, is fewer than one batch's distinct statements).
      h2Setting(config, settings.jdbcUrl(), "QUERY_CACHE_SIZE", "64");
      // H2 closes the database from its own shutdown hook, which runs beside Revbridge's: a SIGTERM then closed it
      // under the batch being settled. Revbridge closes the store itself, last, when it stops.
      h2Setting(config, settings.jdbcUrl(), "DB_CLOSE_ON_EXIT", "FALSE");
      // Each commit rewrites every page it changed, whole. A batch changes one random leaf page per record in each
      // index keyed by record, so leaves of 4 KB instead of H2's 16 KB cut what a backfill writes by a third (file and
      // page serialisation; measured on 20,000 contacts). Applies to existing files too, as their pages are rewritten.
      h2Setting(config, settings.jdbcUrl(), "PAGE_SIZE", String.valueOf(H2_PAGE_SIZE));
    }
    try {
      return new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new StoreException(
          "Could not connect to the store at " + settings.redactedUrl() + ": "
              + Redaction.text(driverMessage(e), settings)
              + ". Check store.url, store.user and store.password, and that the database is running"
              + " and reachable.",
          Redaction.safeCause(e, settings));
    }
  }

  private static void migrate(DataSource dataSource, StoreSettings settings, Optional<H2UpgradeCopy> upgradeCopy) {
    Optional<H2UpgradeCopy> kept = Optional.empty();
    try {
      Flyway flyway = migrations(dataSource, settings).load();
      if (upgradeCopy.isPresent() && keptBeforeUpgrade(upgradeCopy.get(), flyway, dataSource, settings)) {
        kept = upgradeCopy;
      }
      flyway.migrate();
    } catch (FlywayException e) {
      throw new StoreException(
          "Could not migrate the store at " + settings.redactedUrl() + ": "
              + Redaction.text(e.getMessage(), settings).strip()
              + (kept.isPresent() ? "\nThe next start puts the store back as it was before this upgrade, from "
                  + kept.get().copy() + ", and tries again." : "")
              + "\nCheck that store.user may create tables, and that store.url points at an empty database"
              + " or one Revbridge created: nobody may change the schema by hand (the table"
              + " flyway_schema_history records which migrations ran).",
          Redaction.safeCause(e, settings));
    }
    kept.ifPresent(copy -> copy.discard(settings));
  }

  /** Copies the H2 file when migrations are pending (reading Flyway's history once); returns whether it did. */
  private static boolean keptBeforeUpgrade(H2UpgradeCopy copy, Flyway flyway, DataSource dataSource,
      StoreSettings settings) {
    MigrationInfoService info = flyway.info();
    MigrationInfo[] pending = info.pending();
    if (pending.length == 0) {
      return false;
    }
    copy.keep(dataSource, settings, Optional.ofNullable(info.current()).map(c -> c.getVersion().getVersion()),
        pending[pending.length - 1].getVersion().getVersion());
    return true;
  }

  /**
   * Revbridge's migrations on the store at {@code settings}, with what each database needs filled in; tests take them
   * to a given version to build the store an older Revbridge left.
   */
  static FluentConfiguration migrations(DataSource dataSource, StoreSettings settings) {
    boolean h2 = settings.jdbcUrl().startsWith("jdbc:h2:");
    return Flyway.configure(Store.class.getClassLoader())
        // Through SLF4J like the rest of Revbridge, rather than whatever Flyway finds first.
        .loggers("slf4j")
        .cleanDisabled(true)
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .javaMigrations(new LedgerPerRecordMigration())
        // V17, V20: H2 caches identities in bulk (see there); PostgreSQL must not.
        // V21: PostgreSQL stores a generated column only when told; H2 always does and knows no such word.
        .placeholders(h2
            ? Map.of("identity_cache", "1000", "bulk_identity_cache", "1000000", "generated_stored", "")
            : Map.of("identity_cache", "1", "bulk_identity_cache", "1", "generated_stored", "STORED"));
  }

  /** An H2 setting as a connection property, unless the URL sets it (H2 refuses a setting given twice). */
  private static void h2Setting(HikariConfig config, String url, String name, String value) {
    if (!url.toUpperCase(java.util.Locale.ROOT).contains(";" + name + "=")) {
      config.addDataSourceProperty(name, value);
    }
  }

  // Hikari wraps the driver's exception in "Failed to initialize pool: ..."; the driver says it better.
  private static String driverMessage(Throwable e) {
    Throwable said = e.getCause() != null ? e.getCause() : e;
    String message = said.getMessage() == null ? said.getClass().getSimpleName() : said.getMessage();
    return message.strip();
  }

  public CursorStore cursors() {
    return cursors;
  }

  public InboxStore inbox() {
    return inbox;
  }

  public OutboxStore outbox() {
    return outbox;
  }

  public LedgerStore ledger() {
    return ledger;
  }

  public AuditStore audit() {
    return audit;
  }

  public DeadLetterStore deadLetters() {
    return deadLetters;
  }

  public StateStore state() {
    return state;
  }

  /** The admin console's sign-ins, stored by their token's hash. */
  public ConsoleSessionStore consoleSessions() {
    return consoleSessions;
  }

  /** The latest forecast per deal, for roll-ups. */
  public ForecastStore forecasts() {
    return forecasts;
  }

  /** Learned models, their activations and evaluations. */
  public ModelStore models() {
    return models;
  }

  public DeletionStore deletions() {
    return deletions;
  }

  public LeaseStore leases() {
    return leases;
  }

  /** The marketing → sales hand-off links (HubSpot contact ↔ Salesforce record). */
  public HandoffStore handoffs() {
    return handoffs;
  }

  public RoutingStore routing() {
    return routing;
  }

  public NotificationStore notifications() {
    return notifications;
  }

  public SlaStore slas() {
    return slas;
  }

  public SequenceStore sequences() {
    return sequences;
  }

  /** Sales activities read from the CRMs (calls, emails, meetings, tasks). */
  public ActivityStore activities() {
    return activities;
  }

  public EnrichmentCacheStore enrichmentCache() {
    return enrichmentCache;
  }

  /**
   * Runs {@code calls} (on this store's stores, on this thread) in one transaction: they all happen or none does,
   * with one commit, where each would otherwise commit alone (on H2 every commit writes the file). Calls from
   * other threads are not part of it; a failure throws {@link StoreException} after the rollback.
   *
   * @param action completes "Could not ..." in the error message
   */
  public void inOneTransaction(String action, Runnable calls) {
    jdbc.together(action, calls);
  }

  /** The pooled data source, for health checks and metrics; do not change the schema through it. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** {@code h2} or {@code postgresql}. */
  public String dialectName() {
    return dialect.name();
  }

  @Override
  public void close() {
    dataSource.close();
    h2File.ifPresent(H2UncleanStopRepair::markClosed);
  }
}
