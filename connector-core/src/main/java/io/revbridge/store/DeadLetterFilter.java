package io.revbridge.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which dead letters {@code dlq list} and {@code dlq replay} take. An absent criterion matches all.
 *
 * @param connection the connection's name, exactly
 * @param stage {@code fetch}, {@code map}, {@code enrich}, {@code score}, {@code route} or {@code write}
 * @param error matches the error code exactly or any part of the message, ignoring case
 * @param unreplayedOnly leave out letters that were replayed already
 */
public record DeadLetterFilter(String connection, String stage, String error, boolean unreplayedOnly) {
  public static final DeadLetterFilter ALL = new DeadLetterFilter(null, null, null, false);

  public DeadLetterFilter {
    connection = blankToNull(connection);
    stage = blankToNull(stage);
    error = blankToNull(error);
  }

  public DeadLetterFilter unreplayed() {
    return new DeadLetterFilter(connection, stage, error, true);
  }

  /** Whether a letter already read passes the filter, as {@link #where} decides it in the database. */
  public boolean matches(DeadLetter d) {
    return (connection == null || connection.equals(d.connection()))
        && (stage == null || stage.equalsIgnoreCase(d.stage()))
        && (error == null || (d.errorCode() != null && d.errorCode().equalsIgnoreCase(error))
            || d.message().toLowerCase(Locale.ROOT).contains(error.toLowerCase(Locale.ROOT)))
        && (!unreplayedOnly || d.replayedAt() == null);
  }

  /** The WHERE clause (empty when everything matches) whose parameters {@link #parameters} gives in order. */
  String where() {
    List<String> parts = new ArrayList<>();
    if (connection != null) {
      parts.add("connection = ?");
    }
    if (stage != null) {
      parts.add("stage = ?");
    }
    if (error != null) {
      parts.add("(UPPER(error_code) = ? OR UPPER(CAST(message AS VARCHAR(100000))) LIKE ? ESCAPE '!')");
    }
    if (unreplayedOnly) {
      parts.add("replayed_at IS NULL");
    }
    return parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts);
  }

  List<String> parameters() {
    List<String> values = new ArrayList<>();
    if (connection != null) {
      values.add(connection);
    }
    if (stage != null) {
      values.add(stage.toLowerCase(Locale.ROOT));
    }
    if (error != null) {
      String upper = error.toUpperCase(Locale.ROOT);
      values.add(upper);
      values.add("%" + upper.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
    }
    return values;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
