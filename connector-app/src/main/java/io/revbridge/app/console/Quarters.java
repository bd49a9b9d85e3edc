package io.revbridge.app.console;

import java.time.LocalDate;

/** Calendar quarters as the forecast roll-up names them: {@code 2026-Q2}. */
final class Quarters {
  private Quarters() {}

  static String of(LocalDate date) {
    return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
  }
}
