package io.revbridge.app.console;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** Amounts as managers read them: grouped digits, no decimals (the CRM holds the exact figures). */
final class Money {
  private Money() {}

  static String of(BigDecimal amount) {
    NumberFormat f = NumberFormat.getIntegerInstance(Locale.US);
    return f.format(amount == null ? BigDecimal.ZERO : amount.setScale(0, RoundingMode.HALF_UP));
  }
}
