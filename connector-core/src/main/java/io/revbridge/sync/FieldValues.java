package io.revbridge.sync;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Compares a value Revbridge would write with the one the CRM holds. CRMs re-render what they store
 * ("82" comes back as "82.0", a datetime gains milliseconds), so equal meaning must count as equal or
 * every pass would write again.
 *
 * <p>Public only so the benchmarks module can measure the outbound diff on its own; the engine is its
 * only production caller.
 */
public final class FieldValues {
  private FieldValues() {}

  /** True when the CRM already holds what Revbridge would write (blank and absent count as equal). */
  public static boolean same(String wanted, String current) {
    String a = wanted == null ? "" : wanted.strip();
    String b = current == null ? "" : current.strip();
    if (a.equals(b)) {
      return true;
    }
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    BigDecimal x = number(a);
    BigDecimal y = number(b);
    if (x != null && y != null) {
      return x.compareTo(y) == 0;
    }
    Instant s = instant(a);
    Instant t = instant(b);
    // Both CRMs keep times to the millisecond: a time written with microseconds comes back shortened.
    return s != null && t != null && s.toEpochMilli() == t.toEpochMilli();
  }

  private static BigDecimal number(String s) {
    try {
      return new BigDecimal(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Instant instant(String s) {
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
