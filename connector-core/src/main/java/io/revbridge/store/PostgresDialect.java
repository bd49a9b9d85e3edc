package io.revbridge.store;

import java.util.List;
import java.util.stream.Collectors;

/** PostgreSQL 9.5 and later: ON CONFLICT makes both statements atomic under concurrent callers. */
final class PostgresDialect implements SqlDialect {

  @Override
  public String name() {
    return "postgresql";
  }

  @Override
  public String insertUnlessExists(String table, List<String> columns, String uniqueColumn) {
    return insert(table, columns) + " ON CONFLICT (" + uniqueColumn + ") DO NOTHING";
  }

  @Override
  public String forUpdateSkipLocked() {
    return " FOR UPDATE SKIP LOCKED";
  }

  @Override
  public String upsert(String table, List<String> columns, List<String> keyColumns) {
    String updates = columns.stream()
        .filter(c -> !keyColumns.contains(c))
        .map(c -> c + " = EXCLUDED." + c)
        .collect(Collectors.joining(", "));
    return insert(table, columns) + " ON CONFLICT (" + String.join(", ", keyColumns) + ") DO UPDATE SET "
        + updates;
  }

  private static String insert(String table, List<String> columns) {
    return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
        + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
  }
}
