package io.revbridge.mapping.transform;

/** {@code boolean}: reads yes/no words ({@link TextValues#TRUE_WORDS}, {@link TextValues#FALSE_WORDS}); empty is no value. */
final class BooleanTransform extends NoArgumentType {
  @Override
  public String name() {
    return "boolean";
  }

  @Override
  public String description() {
    return "reads true/yes/1/y/on as true and false/no/0/n/off as false; empty is no value";
  }

  @Override
  public Object apply(Object value, TransformContext context) {
    if (value == null || value instanceof Boolean) {
      return value;
    }
    return TextValues.parseBoolean(TextValues.render(value));
  }
}
