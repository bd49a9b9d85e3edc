package io.revbridge.mapping.transform;

import io.revbridge.model.RecordRef;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Date;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reading values from CRM text and writing them back as text, shared by the transforms and by the engine's
 * conversion to canonical field types, so that {@code integer} and an {@code Integer} field accept the same input.
 */
public final class TextValues {
  /** Words read as true by {@code boolean}; compared case-insensitively. */
  public static final Set<String> TRUE_WORDS = Set.of("true", "yes", "1", "y", "on");

  /** Words read as false by {@code boolean}; compared case-insensitively. */
  public static final Set<String> FALSE_WORDS = Set.of("false", "no", "0", "n", "off");

  private TextValues() {}

  /**
   * Renders a value as the text a CRM field holds: numbers plain (no exponent, no trailing zeros),
   * instants ISO-8601 in UTC, enums by name, record refs by id, collections one item per line.
   */
  public static String render(Object value) {
    if (value == null || value instanceof String) {
      return (String) value;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
    }
    if ((value instanceof Double || value instanceof Float) && Double.isFinite(((Number) value).doubleValue())) {
      return render(BigDecimal.valueOf(((Number) value).doubleValue()));
    }
    if (value instanceof OffsetDateTime time) {
      return time.toInstant().toString();
    }
    if (value instanceof ZonedDateTime time) {
      return time.toInstant().toString();
    }
    if (value instanceof Date date) {
      return date.toInstant().toString();
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    if (value instanceof RecordRef ref) {
      return ref.id();
    }
    if (value instanceof Collection<?> items) {
      return items.stream().map(TextValues::render).collect(Collectors.joining("\n"));
    }
    return value.toString();
  }

  /** A whole number: {@code 12}, {@code -3}, {@code 12.0}. */
  public static long parseInteger(String text) {
    BigDecimal number = parseNumber(text);
    try {
      BigInteger whole = number.toBigIntegerExact();
      return whole.longValueExact();
    } catch (ArithmeticException e) {
      throw new BadValueException(quote(text) + " is not a whole number");
    }
  }

  /** A decimal number, plain or with an exponent: {@code 1500000}, {@code 12.5}, {@code 1.5E6}. */
  public static BigDecimal parseNumber(String text) {
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw new BadValueException(quote(text) + " is not a number");
    }
  }

  /** A yes/no word from {@link #TRUE_WORDS} or {@link #FALSE_WORDS}; blank text is {@code null}. */
  public static Boolean parseBoolean(String text) {
    String word = text.trim().toLowerCase(Locale.ROOT);
    if (word.isEmpty()) {
      return null;
    }
    if (TRUE_WORDS.contains(word)) {
      return Boolean.TRUE;
    }
    if (FALSE_WORDS.contains(word)) {
      return Boolean.FALSE;
    }
    throw new BadValueException(quote(text) + " is not a yes/no value (true: true, yes, 1, y, on; false: false, no, 0, n, off)");
  }

  /**
   * A point in time as HubSpot sends it: ISO-8601 with offset ({@code 2024-09-11T13:27:39.356Z}), a date
   * ({@code 2024-09-11}, read as midnight UTC) or epoch milliseconds ({@code 1726061259356}).
   */
  public static Instant parseDatetime(String text) {
    String trimmed = text.trim();
    if (trimmed.matches("-?\\d+")) {
      try {
        return Instant.ofEpochMilli(Long.parseLong(trimmed));
      } catch (NumberFormatException e) {
        throw new BadValueException(quote(text) + " is out of range for epoch milliseconds");
      }
    }
    try {
      return OffsetDateTime.parse(trimmed).toInstant();
    } catch (DateTimeParseException notWithOffset) {
      try {
        return LocalDate.parse(trimmed).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException notADate) {
        throw new BadValueException(
            quote(text) + " is not a date-time (expected ISO-8601 such as 2024-09-11T13:27:39Z, a date or epoch milliseconds)");
      }
    }
  }

  /** The value in backticks for messages, cut to a readable length. */
  public static String quote(Object value) {
    String text = String.valueOf(value);
    return "`" + (text.length() > 80 ? text.substring(0, 77) + "..." : text) + "`";
  }
}
