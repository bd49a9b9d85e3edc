package io.revbridge.mapping.transform;

/** {@code number}: reads a decimal number exactly (as {@link java.math.BigDecimal}, so money keeps its cents). */
final class NumberTransform extends NoArgumentType {
  @Override
  public String name() {
    return "number";
  }

  @Override
  public String description() {
    return "reads a decimal number such as 1500000 or 12.5";
  }

  @Override
  public Object apply(Object value, TransformContext context) {
    return value == null ? null : TextValues.parseNumber(TextValues.render(value));
  }

  @Override
  public ValueKind produces() {
    return ValueKind.NUMBER;
  }
}
