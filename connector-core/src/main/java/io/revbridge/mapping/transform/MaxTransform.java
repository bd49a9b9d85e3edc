package io.revbridge.mapping.transform;

import java.util.Collection;
import java.util.List;

/**
 * {@code max}: the largest whole number among the CRM fields listed in {@code crm} (those without a value are
 * left out; a value that is no whole number is a bad value). It combines the fields, so it comes first: the
 * email engagement count is the larger of opens and clicks, which is above 0 when either is.
 */
final class MaxTransform extends NoArgumentType {
  @Override
  public String name() {
    return "max";
  }

  @Override
  public String description() {
    return "the largest whole number among the listed CRM fields";
  }

  @Override
  public ValueKind produces() {
    return ValueKind.WHOLE_NUMBER;
  }

  @Override
  public boolean combinesFields() {
    return true;
  }

  @Override
  public boolean inboundOnly() {
    return true;
  }

  @Override
  public Object apply(Object value, TransformContext context) {
    if (value == null) {
      return null;
    }
    Collection<?> values = value instanceof Collection<?> list ? list : List.of(value);
    Long largest = null;
    for (Object each : values) {
      long number = TextValues.parseInteger(TextValues.render(each));
      largest = largest == null ? number : Math.max(largest, number);
    }
    return largest;
  }
}
