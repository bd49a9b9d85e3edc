package io.revbridge.mapping.transform;

/** {@code integer}: reads a whole number ({@code 12}, {@code 12.0}); anything else is a bad value. */
final class IntegerTransform extends NoArgumentType {
  @Override
  public String name() {
    return "integer";
  }

  @Override
  public String description() {
    return "reads a whole number such as 120 or 120.0";
  }

  @Override
  public Object apply(Object value, TransformContext context) {
    return value == null ? null : TextValues.parseInteger(TextValues.render(value));
  }

  @Override
  public ValueKind produces() {
    return ValueKind.WHOLE_NUMBER;
  }
}
