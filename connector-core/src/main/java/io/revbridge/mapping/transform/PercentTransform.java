package io.revbridge.mapping.transform;

import java.math.BigDecimal;

/**
 * {@code percent}: reads a percentage as a share, {@code 75} or {@code 75%} → 0.75. Salesforce keeps percent fields
 * (Opportunity {@code Probability}) as 0–100 while the canonical model keeps shares as 0–1.
 */
final class PercentTransform extends NoArgumentType {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public String name() {
    return "percent";
  }

  @Override
  public String description() {
    return "reads a percentage such as 75 or 12.5% as a share (0.75, 0.125)";
  }

  @Override
  public Object apply(Object value, TransformContext context) {
    if (value == null) {
      return null;
    }
    String text = TextValues.render(value).strip();
    if (text.isEmpty()) {
      return null;
    }
    if (text.endsWith("%")) {
      text = text.substring(0, text.length() - 1);
    }
    return TextValues.parseNumber(text).divide(HUNDRED);
  }

  @Override
  public ValueKind produces() {
    return ValueKind.NUMBER;
  }
}
