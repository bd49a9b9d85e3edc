package io.revbridge.enrichment.title;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a title into comparable words: lower case, accents dropped ({@code Geschäftsführer} → {@code geschaftsfuhrer},
 * {@code Генеральный} → {@code генеральныи}), split on anything that is not a letter or digit ({@code Dir.},
 * {@code Co-Founder}, {@code VP, Sales}). Rules go through the same function, so both sides always agree.
 * One pass over the characters, no regular expression: this runs for every record.
 */
public final class TitleTokens {
  private TitleTokens() {}

  public static List<String> of(String title) {
    String text = title.toLowerCase(java.util.Locale.ROOT);
    if (!isAscii(text)) {
      text = Normalizer.normalize(text.replace("ß", "ss"), Normalizer.Form.NFD);
    }
    List<String> tokens = new ArrayList<>(8);
    StringBuilder word = new StringBuilder(16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        word.append(c);
      } else if (word.length() > 0) {
        tokens.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      tokens.add(word.toString());
    }
    return tokens;
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }
}
