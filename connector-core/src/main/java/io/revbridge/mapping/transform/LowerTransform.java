package io.revbridge.mapping.transform;

import java.util.Locale;

/** {@code lower}: lower case, locale-independent (so an e-mail never depends on the server's language). */
final class LowerTransform extends NoArgumentType {
  @Override
  public String name() {
    return "lower";
  }

  @Override
  public String description() {
    return "converts text to lower case";
  }

  @Override
  public Object apply(Object value, TransformContext context) {
    return value == null ? null : TextValues.render(value).toLowerCase(Locale.ROOT);
  }

  @Override
  public ValueKind produces() {
    return ValueKind.TEXT;
  }
}
