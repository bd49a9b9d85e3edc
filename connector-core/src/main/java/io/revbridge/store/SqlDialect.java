package io.revbridge.store;

import java.util.List;

/**
 * The few statements that H2 and PostgreSQL spell differently. Everything else in the store, including
 * the migrations, is portable SQL; a new difference belongs here and nowhere else.
 */
sealed interface SqlDialect permits H2Dialect, PostgresDialect {

  /** Picks the dialect from the JDBC URL's scheme. */
  static SqlDialect forUrl(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:h2:")) {
      return new H2Dialect();
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return new PostgresDialect();
    }
    throw new StoreException(
        "store.url '" + Redaction.url(jdbcUrl) + "' is not supported: use jdbc:h2:... (for example "
            + StoreSettings.DEFAULT_URL + ") or jdbc:postgresql://host:5432/database");
  }

  /** {@code h2} or {@code postgresql}. */
  String name();

  /**
   * An insert of one row (one {@code ?} per column, in order) that inserts nothing when a row with the
   * same {@code uniqueColumn} exists; its update count is 1 when inserted, 0 when not. Under concurrent
   * inserts of the same key H2 may still raise a unique violation, which the caller retries.
   */
  String insertUnlessExists(String table, List<String> columns, String uniqueColumn);

  /**
   * What follows a SELECT to lock the rows it returns for the transaction, skipping rows another
   * transaction has locked, so that concurrent claimers take disjoint rows without waiting.
   */
  String forUpdateSkipLocked();

  /** An insert of one row (one {@code ?} per column, in order) that updates the row whose key exists. */
  String upsert(String table, List<String> columns, List<String> keyColumns);
}
