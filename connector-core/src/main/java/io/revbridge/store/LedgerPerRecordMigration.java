package io.revbridge.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * V19: the ledger from one row per written field ({@code ledger}) to one row per record ({@code ledger_records},
 * its fields as one JSON object). In Java because H2 and PostgreSQL share no SQL that builds JSON from rows. The
 * old rows are read in key order, a record at a time, so a ledger of millions of fields needs no more memory than
 * one batch of records.
 */
final class LedgerPerRecordMigration implements JavaMigration {
  private static final int BATCH = 500;

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("19");
  }

  @Override
  public String getDescription() {
    return "ledger per record";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE ledger_records ("
          + " connection VARCHAR(100) NOT NULL,"
          + " object_type VARCHAR(100) NOT NULL,"
          + " record_id VARCHAR(255) NOT NULL,"
          + " field_values TEXT NOT NULL,"
          + " written_at TIMESTAMP WITH TIME ZONE NOT NULL,"
          + " CONSTRAINT pk_ledger_records PRIMARY KEY (connection, object_type, record_id))");
    }
    copy(c);
    try (Statement s = c.createStatement()) {
      s.execute("DROP TABLE ledger");
    }
  }

  private static void copy(Connection c) throws SQLException {
    try (PreparedStatement read = c.prepareStatement("SELECT connection, object_type, record_id, field, field_value,"
            + " written_at FROM ledger ORDER BY connection, object_type, record_id");
        PreparedStatement insert = c.prepareStatement("INSERT INTO ledger_records (connection, object_type,"
            + " record_id, field_values, written_at) VALUES (?, ?, ?, ?, ?)")) {
      read.setFetchSize(BATCH); // PostgreSQL streams the rows instead of loading them all (inside a transaction)
      List<String> key = null;
      Map<String, String> fields = new TreeMap<>();
      Instant writtenAt = Instant.EPOCH;
      int pending = 0;
      try (ResultSet r = read.executeQuery()) {
        while (r.next()) {
          List<String> rowKey = List.of(r.getString(1), r.getString(2), r.getString(3));
          if (key != null && !key.equals(rowKey)) {
            pending = add(insert, key, fields, writtenAt, pending);
            fields = new TreeMap<>();
            writtenAt = Instant.EPOCH;
          }
          key = rowKey;
          fields.put(r.getString(4), r.getString(5));
          Instant at = Jdbc.getInstant(r, "written_at");
          writtenAt = at.isAfter(writtenAt) ? at : writtenAt;
        }
      }
      if (key != null) {
        add(insert, key, fields, writtenAt, pending);
      }
      insert.executeBatch();
    }
  }

  private static int add(PreparedStatement insert, List<String> key, Map<String, String> fields, Instant writtenAt,
      int pending) throws SQLException {
    insert.setString(1, key.get(0));
    insert.setString(2, key.get(1));
    insert.setString(3, key.get(2));
    insert.setString(4, LedgerJson.write(fields));
    Jdbc.setInstant(insert, 5, writtenAt);
    insert.addBatch();
    if (pending + 1 < BATCH) {
      return pending + 1;
    }
    insert.executeBatch();
    return 0;
  }
}
