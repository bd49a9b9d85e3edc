package io.revbridge.scoring;

import java.util.Locale;

/**
 * Industry names in one comparable form, because HubSpot sends its enum ({@code COMPUTER_SOFTWARE}) and other
 * sources send free text ({@code Computer Software}, {@code Information Technology & Services}). Hand-rolled
 * loops rather than regular expressions: both run for every lead scored.
 */
final class Industries {
  private Industries() {}

  /** {@code Information Technology & Services} → {@code INFORMATION_TECHNOLOGY_AND_SERVICES}. */
  static String key(String industry) {
    String upper = industry.replace("&", " and ").toUpperCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(upper.length());
    boolean gap = false;
    for (int i = 0; i < upper.length(); i++) {
      char c = upper.charAt(i);
      if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
        if (gap && key.length() > 0) {
          key.append('_');
        }
        key.append(c);
        gap = false;
      } else {
        gap = true;
      }
    }
    return key.toString();
  }

  /** For reasons: enum style becomes words ({@code Computer Software}); free text is shown as written. */
  static String display(String industry) {
    String trimmed = industry.strip();
    if (!trimmed.equals(trimmed.toUpperCase(Locale.ROOT))) {
      return trimmed;
    }
    StringBuilder words = new StringBuilder(trimmed.length());
    for (String word : key(trimmed).split("_")) {
      if (words.length() > 0) {
        words.append(' ');
      }
      words.append(word.equals("AND") ? "and" : word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT));
    }
    return words.toString();
  }
}
