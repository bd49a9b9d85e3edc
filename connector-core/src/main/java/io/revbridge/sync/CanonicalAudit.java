package io.revbridge.sync;

import io.revbridge.model.Person;
import io.revbridge.store.AuditEntry;
import java.time.Instant;
import java.util.Locale;

/**
 * The audit entry that keeps a person's canonical record as the pipeline saw it (after mapping and enrichment), so
 * the record trail can show it and find the record by e-mail: the entry's decision is the lower-cased address, which
 * the store indexes.
 */
public final class CanonicalAudit {
  public static final String STAGE = "record";
  /** The decision of a person without an e-mail address. */
  public static final String NO_EMAIL = "(no email)";
  /** The audit's decision column holds at most this many characters. */
  private static final int MAX_LENGTH = 500;

  private CanonicalAudit() {}

  static AuditEntry of(Person person, Instant now) {
    return new AuditEntry(person.ref(), STAGE, key(person.email()), Json.write(person), now);
  }

  /** How an address is looked up: trimmed, lower-cased; blank or too long for the index means none. */
  public static String key(String email) {
    if (email == null || email.isBlank()) {
      return NO_EMAIL;
    }
    String key = email.strip().toLowerCase(Locale.ROOT);
    return key.length() > MAX_LENGTH ? NO_EMAIL : key;
  }
}
