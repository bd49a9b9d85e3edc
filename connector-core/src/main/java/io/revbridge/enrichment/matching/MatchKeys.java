package io.revbridge.enrichment.matching;

import io.revbridge.enrichment.title.TitleTokens;
import java.util.List;
import java.util.Set;

/**
 * The comparable forms matching uses: names without case, accents or punctuation; company names also without legal
 * forms ({@code Acme, Inc.} = {@code ACME GmbH} = {@code acme}); phone numbers as their last nine digits, which
 * ignores country codes and trunk zeros ({@code +49 30 1234567} = {@code 030 1234567}).
 */
public final class MatchKeys {
  static final int PHONE_DIGITS = 9;
  private static final Set<String> LEGAL_FORMS = Set.of("inc", "incorporated", "llc", "llp", "ltd", "limited", "corp",
      "corporation", "co", "company", "plc", "gmbh", "ag", "kg", "ug", "mbh", "sa", "sas", "sarl", "srl", "spa", "bv", "nv",
      "oy", "ab", "as", "aps", "pty", "pte", "kk", "ooo", "ооо", "зао", "оао", "пао", "ао", "the", "group", "holding",
      "holdings");

  private MatchKeys() {}

  /** {@code "Jöhn  O'Neil"} → {@code "john o neil"}; {@code null} when nothing is left. */
  public static String personName(String first, String last) {
    String joined = ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
    String key = String.join(" ", TitleTokens.of(joined));
    return key.isEmpty() ? null : key;
  }

  /** {@code "The Acme Company, Inc."} → {@code "acme"}; {@code null} when nothing is left. */
  public static String companyName(String name) {
    if (name == null) {
      return null;
    }
    List<String> tokens = TitleTokens.of(name);
    StringBuilder key = new StringBuilder();
    for (String token : tokens) {
      if (!LEGAL_FORMS.contains(token)) {
        if (key.length() > 0) {
          key.append(' ');
        }
        key.append(token);
      }
    }
    return key.length() == 0 ? null : key.toString();
  }

  /** Lower-cased, trimmed address; {@code null} for blank. Plus-tags are kept: they are the person's choice. */
  public static String email(String email) {
    if (email == null || email.isBlank()) {
      return null;
    }
    return email.strip().toLowerCase(java.util.Locale.ROOT);
  }

  /** Last nine digits, extensions ({@code x12}, {@code ext. 12}) dropped; {@code null} when fewer digits remain. */
  public static String phone(String phone) {
    if (phone == null) {
      return null;
    }
    StringBuilder digits = new StringBuilder(16);
    for (int i = 0; i < phone.length(); i++) {
      char c = phone.charAt(i);
      if (c == 'x' || c == 'X' || c == 'e' || c == 'E' || c == '#') {
        break;
      }
      if (c >= '0' && c <= '9') {
        digits.append(c);
      }
    }
    return digits.length() < PHONE_DIGITS ? null : digits.substring(digits.length() - PHONE_DIGITS);
  }
}
