package io.revbridge.sandbox.hubspot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** HubSpot's time formats: ISO-8601 UTC with exactly three fraction digits out, ISO or epoch millis in. */
public final class Times {
  private static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private Times() {}

  public static String iso(long epochMillis) {
    return ISO_MILLIS.format(Instant.ofEpochMilli(epochMillis));
  }

  /**
   * Parses epoch milliseconds ("1700000000000"), an ISO instant or offset date-time, or a plain date
   * (midnight UTC). Returns {@code null} when the text is none of these.
   */
  public static Long parseMillis(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.trim();
    if (isDigits(t)) {
      try {
        return Long.parseLong(t);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    try {
      if (t.length() == 10) {
        return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
      }
      if (t.endsWith("Z") || t.endsWith("z")) {
        return Instant.parse(t.toUpperCase(java.util.Locale.ROOT)).toEpochMilli();
      }
      return OffsetDateTime.parse(t).toInstant().toEpochMilli();
    } catch (DateTimeParseException | ArithmeticException e) {
      return null;
    }
  }

  private static boolean isDigits(String t) {
    int start = t.startsWith("-") ? 1 : 0;
    if (t.length() == start) {
      return false;
    }
    for (int i = start; i < t.length(); i++) {
      if (!Character.isDigit(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
