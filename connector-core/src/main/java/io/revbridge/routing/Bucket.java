package io.revbridge.routing;

import java.math.BigDecimal;
import java.util.List;

/**
 * One value of a dimension: a lead whose field is one of {@code in} (case-insensitive), or a number between
 * {@code min} and {@code max} (both included), gets the {@code label}, and the {@code team} when it is set.
 * A bucket with no condition matches every lead, known field or not (the dimension's "otherwise").
 */
public record Bucket(String label, List<String> in, BigDecimal min, BigDecimal max, String team) {
  public Bucket {
    in = List.copyOf(in);
  }

  boolean isCatchAll() {
    return in.isEmpty() && min == null && max == null;
  }

  boolean matches(Object value) {
    if (isCatchAll()) {
      return true;
    }
    if (value == null) {
      return false;
    }
    if (!in.isEmpty()) {
      String text = value.toString();
      for (String v : in) {
        if (v.equalsIgnoreCase(text)) {
          return true;
        }
      }
      return false;
    }
    BigDecimal number = Facts.number(value);
    return number != null && (min == null || number.compareTo(min) >= 0) && (max == null || number.compareTo(max) <= 0);
  }
}
