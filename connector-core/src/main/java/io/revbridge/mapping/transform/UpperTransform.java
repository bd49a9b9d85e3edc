package io.revbridge.mapping.transform;

import java.util.Locale;

/** {@code upper}: upper case, locale-independent. */
final class UpperTransform extends NoArgumentType {
  @Override
  public String name() {
    return "upper";
  }

  @Override
  public String description() {
    return "converts text to upper case";
  }

  @Override
  public Object apply(Object value, TransformContext context) {
    return value == null ? null : TextValues.render(value).toUpperCase(Locale.ROOT);
  }

  @Override
  public ValueKind produces() {
    return ValueKind.TEXT;
  }
}
