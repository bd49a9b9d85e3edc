package io.revbridge.mapping;

import io.revbridge.mapping.transform.ValueKind;
import io.revbridge.model.RecordRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Whether what a transform chain hands on can go into a canonical field, checked at load: a {@code number}
 * into {@code title} (text only) is a mistake in the file, not a bad value in one record. Text always fits
 * (it is read the field's way when the record is mapped); so does anything a pass-through step hands on.
 */
final class TypeFit {
  private TypeFit() {}

  /** The last transform whose result has a kind of its own, or empty when the chain keeps the CRM's text. */
  static Optional<ConfiguredTransform> lastTyped(List<ConfiguredTransform> chain) {
    for (int i = chain.size() - 1; i >= 0; i--) {
      ValueKind kind = chain.get(i).type().produces();
      if (kind != ValueKind.UNCHANGED && kind != ValueKind.TEXT) {
        return Optional.of(chain.get(i));
      }
      if (kind == ValueKind.TEXT) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  static boolean fits(ValueKind kind, Class<?> type) {
    if (kind == ValueKind.UNCHANGED || kind == ValueKind.TEXT) {
      return type != RecordRef.class;
    }
    return switch (kind) {
      case WHOLE_NUMBER -> type == Integer.class || type == int.class || type == Long.class || type == long.class
          || type == BigDecimal.class || type == Double.class || type == double.class;
      case NUMBER -> type == BigDecimal.class || type == Double.class || type == double.class;
      case FLAG -> type == Boolean.class || type == boolean.class;
      case DATE, DATETIME -> type == Instant.class || type == LocalDate.class;
      case REFERENCE -> type == RecordRef.class;
      default -> false;
    };
  }

  /** What a field of this type holds, for messages: "text", "a whole number". */
  static String holds(Class<?> type) {
    if (type == String.class) {
      return "text";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (type == BigDecimal.class || type == Double.class || type == double.class) {
      return "a decimal number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == Instant.class) {
      return "a point in time";
    }
    if (type == LocalDate.class) {
      return "a date";
    }
    if (type == RecordRef.class) {
      return "a record reference";
    }
    return type.isEnum() ? "one of a fixed list of names" : type.getSimpleName();
  }
}
