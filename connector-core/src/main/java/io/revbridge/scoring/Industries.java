package io.revbridge.scoring;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Industry names in one comparable form, because HubSpot sends its enum ({@code COMPUTER_SOFTWARE}) and other
 * sources send free text ({@code Computer Software}, {@code Information Technology & Services}).
 */
final class Industries {
  private Industries() {}

  /** {@code Information Technology & Services} → {@code INFORMATION_TECHNOLOGY_AND_SERVICES}. */
  static String key(String industry) {
    return industry.replace("&", " and ")
        .toUpperCase(Locale.ROOT)
        .replaceAll("[^A-Z0-9]+", "_")
        .replaceAll("^_+|_+$", "");
  }

  /** For reasons: enum style becomes words ({@code Computer Software}); free text is shown as written. */
  static String display(String industry) {
    String trimmed = industry.strip();
    if (!trimmed.equals(trimmed.toUpperCase(Locale.ROOT))) {
      return trimmed;
    }
    return Arrays.stream(key(trimmed).split("_"))
        .map(word -> word.equals("AND") ? "and" : word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(" "));
  }
}
