package io.revbridge.mapping;

import io.revbridge.mapping.transform.BadValueException;
import io.revbridge.mapping.transform.TextValues;
import io.revbridge.model.RecordRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Converts a mapped value to its canonical field's type. Text is read the way the matching transform reads it
 * ({@code Integer} like {@code integer}), so a transform is only needed where the file wants to be explicit.
 */
final class ValueCoercion {
  private ValueCoercion() {}

  /**
   * The conversion to one field type, chosen once when the mapping is compiled. The returned function maps
   * {@code null} to {@code null} and throws {@link BadValueException} naming the value and what the field expects.
   */
  static UnaryOperator<Object> to(Class<?> type) {
    UnaryOperator<Object> convert = converter(type);
    return value -> value == null ? null : convert.apply(value);
  }

  /** One-off conversion; mapping uses {@link #to}. */
  static Object coerce(Object value, Class<?> type) {
    return to(type).apply(value);
  }

  private static UnaryOperator<Object> converter(Class<?> type) {
    if (type == String.class) {
      return TextValues::render;
    }
    if (type == Integer.class || type == int.class) {
      return ValueCoercion::toInt;
    }
    if (type == Long.class || type == long.class) {
      return value -> value instanceof Long ? value : TextValues.parseInteger(TextValues.render(value));
    }
    if (type == BigDecimal.class) {
      return value -> value instanceof BigDecimal ? value : TextValues.parseNumber(TextValues.render(value));
    }
    if (type == Double.class || type == double.class) {
      return value -> TextValues.parseNumber(TextValues.render(value)).doubleValue();
    }
    if (type == Boolean.class || type == boolean.class) {
      return value -> value instanceof Boolean ? value : TextValues.parseBoolean(TextValues.render(value));
    }
    if (type == Instant.class) {
      return value -> value instanceof Instant ? value : TextValues.parseDatetime(TextValues.render(value));
    }
    if (type == LocalDate.class) {
      return ValueCoercion::toDate;
    }
    if (type.isEnum()) {
      return value -> toEnum(value, type);
    }
    return value -> {
      if (type.isInstance(value)) {
        return value;
      }
      if (type == RecordRef.class) {
        throw new BadValueException(TextValues.quote(value) + " is an id, but the field holds a record reference");
      }
      throw new BadValueException(TextValues.quote(value) + " cannot be stored in a " + type.getSimpleName() + " field");
    };
  }

  private static Object toInt(Object value) {
    long whole = value instanceof Long || value instanceof Integer
        ? ((Number) value).longValue() : TextValues.parseInteger(TextValues.render(value));
    if (whole < Integer.MIN_VALUE || whole > Integer.MAX_VALUE) {
      throw new BadValueException(TextValues.quote(value) + " is too large for a whole-number field");
    }
    return (int) whole;
  }

  private static LocalDate toDate(Object value) {
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof Instant instant) {
      return instant.atZone(ZoneOffset.UTC).toLocalDate();
    }
    String text = TextValues.render(value).strip();
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException notPlainDate) {
      // HubSpot sends date properties as midnight UTC, as ISO text or epoch millis.
      return TextValues.parseDatetime(text).atZone(ZoneOffset.UTC).toLocalDate();
    }
  }

  private static Object toEnum(Object value, Class<?> type) {
    String wanted = TextValues.render(value).strip().replace(' ', '_').replace('-', '_');
    for (Object constant : type.getEnumConstants()) {
      if (((Enum<?>) constant).name().equalsIgnoreCase(wanted)) {
        return constant;
      }
    }
    String allowed = Arrays.stream(type.getEnumConstants())
        .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    throw new BadValueException(TextValues.quote(value) + " is not one of " + allowed);
  }
}
