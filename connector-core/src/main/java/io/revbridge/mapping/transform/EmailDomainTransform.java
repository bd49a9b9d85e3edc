package io.revbridge.mapping.transform;

import java.util.Locale;

/**
 * {@code email_domain}: {@code Dana@Northwind.com} → {@code northwind.com}. Text without an {@code @} and a
 * domain gives no value rather than a bad value: a malformed e-mail should not stop a lead from being scored.
 */
final class EmailDomainTransform extends NoArgumentType {
  @Override
  public String name() {
    return "email_domain";
  }

  @Override
  public String description() {
    return "takes the domain of an e-mail address, lower case; no value when there is none";
  }

  @Override
  public ValueKind produces() {
    return ValueKind.TEXT;
  }

  @Override
  public Object apply(Object value, TransformContext context) {
    if (value == null) {
      return null;
    }
    String text = TextValues.render(value).strip();
    int at = text.lastIndexOf('@');
    String domain = at < 0 ? "" : text.substring(at + 1).strip();
    while (domain.endsWith(".") || domain.endsWith(">")) {
      domain = domain.substring(0, domain.length() - 1);
    }
    return domain.isEmpty() || domain.indexOf('.') < 0 ? null : domain.toLowerCase(Locale.ROOT);
  }
}
