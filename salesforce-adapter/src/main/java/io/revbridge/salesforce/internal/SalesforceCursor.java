package io.revbridge.salesforce.internal;

import io.revbridge.spi.ConnectionCrmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Position in one object's change feed: the last record read, as (SystemModstamp, Id). Timestamps are
 * not unique, so the next page starts after this pair, never after the timestamp alone: records that
 * share a timestamp are neither skipped nor read twice. Text form {@code 2025-01-02T03:04:05Z|00Q...}.
 */
record SalesforceCursor(Instant systemModstamp, String id) {
  static SalesforceCursor parse(String connection, String objectType, String text) {
    int bar = text.indexOf('|');
    try {
      if (bar > 0) {
        String id = text.substring(bar + 1);
        if (SalesforceSoql.isId(id)) {
          return new SalesforceCursor(Instant.parse(text.substring(0, bar)), id);
        }
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw new ConnectionCrmException("BAD_CURSOR", connection + ": the stored position of " + objectType
        + " is not a Salesforce cursor; reset it so the next sync starts from the beginning", null);
  }

  /** The SOQL condition selecting what comes after this position. */
  String after() {
    String ts = SalesforceSoql.dateTime(systemModstamp);
    return "((SystemModstamp = " + ts + " AND Id > " + SalesforceSoql.quote(id) + ") OR SystemModstamp > " + ts + ")";
  }

  @Override
  public String toString() {
    return systemModstamp + "|" + id;
  }
}
