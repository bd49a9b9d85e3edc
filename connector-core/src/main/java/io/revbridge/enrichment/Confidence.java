package io.revbridge.enrichment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Checks and prints confidences, which are always between 0 and 1. */
public final class Confidence {
  private Confidence() {}

  public static double check(double confidence) {
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence must be between 0 and 1, got " + confidence);
    }
    return confidence;
  }

  /** Two decimals at most, no trailing zeros: 0.9, 0.75, 1. */
  public static String format(double confidence) {
    return BigDecimal.valueOf(confidence).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
