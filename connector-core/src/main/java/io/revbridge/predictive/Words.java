package io.revbridge.predictive;

import io.revbridge.enrichment.derived.Region;
import io.revbridge.enrichment.title.Department;
import io.revbridge.enrichment.title.Seniority;
import java.util.Locale;

/** How features name enrichment's values in text a rep reads. */
final class Words {
  private Words() {}

  static String seniority(Seniority s) {
    return switch (s) {
      case C_LEVEL -> "C-level";
      case VP -> "VP";
      case DIRECTOR -> "Director";
      case MANAGER -> "Manager";
      case INDIVIDUAL_CONTRIBUTOR -> "Individual contributor";
      case UNKNOWN -> "Unknown seniority";
    };
  }

  static String department(Department d) {
    return switch (d) {
      case IT, HR -> d.name();
      default -> capitalised(d.name());
    };
  }

  /** A size band label ({@code 50-200}) as a rep reads it: "50–200". */
  static String band(String label) {
    return switch (label) {
      case "<20" -> "under-20";
      case "1000+" -> "1,000+";
      case "200-1000" -> "200–1,000";
      default -> label.replace('-', '–');
    };
  }

  static String region(Region r) {
    return switch (r) {
      case NORTH_AMERICA -> "North America";
      case EUROPE -> "Europe";
      case ASIA_PACIFIC -> "Asia-Pacific";
      case LATIN_AMERICA -> "Latin America";
      case OTHER -> "a region outside the main ones";
    };
  }

  /** {@code PARTNER_REFERRAL} or "Partner Referral" become "partner referral". */
  static String plain(String text) {
    return squeeze(text, ' ');
  }

  /** A stable key part from free text: {@code Partner Referral} becomes {@code partner_referral}. */
  static String slug(String text) {
    return squeeze(text, '_');
  }

  /** Lower-case letters and digits kept, every run of anything else one {@code gap}, none at the ends. Per record,
   * so no regular expressions. */
  private static String squeeze(String text, char gap) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pending = false;
    for (int i = 0; i < text.length(); i++) {
      char c = Character.toLowerCase(text.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (gap == ' ' && Character.isLetterOrDigit(c))) {
        if (pending && out.length() > 0) {
          out.append(gap);
        }
        out.append(c);
        pending = false;
      } else {
        pending = true;
      }
    }
    return out.toString();
  }

  private static String capitalised(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
