package io.revbridge.store;

import java.util.List;
import java.util.stream.Collectors;

/** H2 2.x in its default mode, which has MERGE but not PostgreSQL's ON CONFLICT. */
final class H2Dialect implements SqlDialect {

  @Override
  public String name() {
    return "h2";
  }

  @Override
  public String insertUnlessExists(String table, List<String> columns, String uniqueColumn) {
    String cols = String.join(", ", columns);
    return "MERGE INTO " + table + " t USING (VALUES (" + placeholders(columns) + ")) AS s (" + cols
        + ") ON t." + uniqueColumn + " = s." + uniqueColumn
        + " WHEN NOT MATCHED THEN INSERT (" + cols + ") VALUES ("
        + columns.stream().map(c -> "s." + c).collect(Collectors.joining(", ")) + ")";
  }

  @Override
  public String forUpdateSkipLocked() {
    // H2 takes row locks too, so concurrent claimers inside one process (or an AUTO_SERVER database) stay
    // apart; H2 is one process's database, so this is the single-instance fallback.
    return " FOR UPDATE SKIP LOCKED";
  }

  @Override
  public String upsert(String table, List<String> columns, List<String> keyColumns) {
    return "MERGE INTO " + table + " (" + String.join(", ", columns) + ") KEY ("
        + String.join(", ", keyColumns) + ") VALUES (" + placeholders(columns) + ")";
  }

  private static String placeholders(List<String> columns) {
    return columns.stream().map(c -> "?").collect(Collectors.joining(", "));
  }
}
