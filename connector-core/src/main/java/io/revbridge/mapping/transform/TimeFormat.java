package io.revbridge.mapping.transform;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * How {@code date} and {@code datetime} read and write time: the default forms (ISO-8601, a plain date, epoch
 * milliseconds — what HubSpot sends), {@code epoch_millis}, or a {@link DateTimeFormatter} pattern. A pattern
 * without a zone or offset is read and written in UTC, so the result never depends on the server's zone.
 */
final class TimeFormat {
  static final String EPOCH_MILLIS = "epoch_millis";

  private final String pattern;
  private final DateTimeFormatter formatter;

  private TimeFormat(String pattern, DateTimeFormatter formatter) {
    this.pattern = pattern;
    this.formatter = formatter;
  }

  /** @param pattern {@code null} for the default forms; @throws IllegalArgumentException for a bad pattern */
  static TimeFormat of(String transform, String pattern) {
    if (pattern == null || pattern.equals(EPOCH_MILLIS)) {
      return new TimeFormat(pattern, null);
    }
    if (pattern.isBlank()) {
      throw new IllegalArgumentException("`" + transform + "` needs a format such as dd/MM/yyyy, or epoch_millis");
    }
    try {
      return new TimeFormat(pattern, DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withZone(ZoneOffset.UTC));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("`" + pattern + "` is not a valid " + transform + " format: " + e.getMessage());
    }
  }

  Instant parseInstant(String text) {
    String trimmed = text.strip();
    if (formatter == null) {
      return pattern == null ? TextValues.parseDatetime(trimmed) : Instant.ofEpochMilli(millis(trimmed));
    }
    try {
      TemporalAccessor parsed = formatter.parseBest(trimmed, Instant::from, LocalDateTime::from, LocalDate::from);
      if (parsed instanceof LocalDateTime time) {
        return time.toInstant(ZoneOffset.UTC);
      }
      return parsed instanceof LocalDate date ? date.atStartOfDay(ZoneOffset.UTC).toInstant() : (Instant) parsed;
    } catch (DateTimeException e) {
      throw new BadValueException(TextValues.quote(text) + " does not match the format " + pattern);
    }
  }

  LocalDate parseDate(String text) {
    String trimmed = text.strip();
    if (formatter != null) {
      try {
        return LocalDate.parse(trimmed, formatter);
      } catch (DateTimeException e) {
        throw new BadValueException(TextValues.quote(text) + " does not match the format " + pattern);
      }
    }
    if (pattern == null && !trimmed.matches("-?\\d+")) {
      try {
        return LocalDate.parse(trimmed);
      } catch (DateTimeException notPlainDate) {
        // falls through: a date-time is read as its UTC date, as HubSpot sends date properties
      }
    }
    return parseInstant(trimmed).atZone(ZoneOffset.UTC).toLocalDate();
  }

  String format(Instant instant) {
    if (formatter != null) {
      return formatter.format(instant);
    }
    return pattern == null ? instant.toString() : Long.toString(instant.toEpochMilli());
  }

  String format(LocalDate date) {
    if (formatter != null) {
      try {
        return formatter.format(date);
      } catch (DateTimeException e) {
        throw new BadValueException("the format " + pattern + " needs a time, but the value is the date " + date);
      }
    }
    return pattern == null ? date.toString() : Long.toString(date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
  }

  private static long millis(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new BadValueException(TextValues.quote(text) + " is not epoch milliseconds");
    }
  }
}
