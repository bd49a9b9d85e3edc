package io.revbridge.sync;

import io.revbridge.spi.CrmRecord;
import java.util.Map;
import java.util.Optional;

/**
 * The newest version of each record that was planned, kept in the ledger beside the input fingerprint: a
 * change older than it (a late webhook, an overlapping poll page) is not planned again, and a queued write
 * planned from an older version is not sent, so the CRM never goes back to an older version's result.
 * A version is the record's modified time in epoch milliseconds, as the CRM reported it.
 */
final class RecordVersions {
  /** The ledger field holding the planned version; never a CRM field. */
  static final String LEDGER_FIELD = "revbridge:version";

  private RecordVersions() {}

  static String of(CrmRecord record) {
    return Long.toString(record.modifiedAt().toEpochMilli());
  }

  /** The newest version planned for the record whose ledger values these are, if any. */
  static Optional<Long> planned(Map<String, String> ledger) {
    String v = ledger.get(LEDGER_FIELD);
    if (v == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(v));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** True when a newer version of this record than {@code record} was planned already. */
  static boolean isStale(CrmRecord record, Map<String, String> ledger) {
    return planned(ledger).map(p -> record.modifiedAt().toEpochMilli() < p).orElse(false);
  }

  /** The version a field write was planned from: its key is {@code fields:<ref>@<version>}; empty for other keys. */
  static Optional<Long> ofWriteKey(String idempotencyKey) {
    int at = idempotencyKey.lastIndexOf('@');
    if (!idempotencyKey.startsWith("fields:") || at < 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(idempotencyKey.substring(at + 1)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
