package io.revbridge.mapping.transform;

/** {@code trim}: drops leading and trailing white space. */
final class TrimTransform extends NoArgumentType {
  @Override
  public String name() {
    return "trim";
  }

  @Override
  public String description() {
    return "removes leading and trailing white space";
  }

  @Override
  public Object apply(Object value, TransformContext context) {
    return value == null ? null : TextValues.render(value).strip();
  }

  @Override
  public ValueKind produces() {
    return ValueKind.TEXT;
  }
}
