package io.revbridge.enrichment.derived;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Classes an industry against the playbook's target and adjacent lists. Names are compared in one form, because HubSpot
 * sends its enum ({@code COMPUTER_SOFTWARE}) and other sources free text ({@code Information Technology & Services}).
 */
public final class IndustryClassifier {
  public static final List<String> DEFAULT_TARGET = List.of("Software", "Computer Software", "SaaS",
      "Information Technology and Services", "IT Services", "Information Technology");
  public static final List<String> DEFAULT_ADJACENT = List.of("Financial Services", "Marketing and Advertising",
      "Telecommunications");

  private final Set<String> target;
  private final Set<String> adjacent;

  public IndustryClassifier(List<String> target, List<String> adjacent) {
    this.target = keys(target);
    this.adjacent = keys(adjacent);
  }

  public static IndustryClassifier defaults() {
    return new IndustryClassifier(DEFAULT_TARGET, DEFAULT_ADJACENT);
  }

  public IndustryClass of(String industry) {
    if (industry == null || industry.isBlank()) {
      return IndustryClass.OTHER;
    }
    String key = key(industry);
    if (target.contains(key)) {
      return IndustryClass.TARGET;
    }
    return adjacent.contains(key) ? IndustryClass.ADJACENT : IndustryClass.OTHER;
  }

  /** {@code Information Technology & Services} and {@code INFORMATION_TECHNOLOGY_AND_SERVICES} share a key. */
  static String key(String industry) {
    String upper = industry.replace("&", " and ").toUpperCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(upper.length());
    for (int i = 0; i < upper.length(); i++) {
      char c = upper.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        key.append(c);
      } else if (key.length() > 0 && key.charAt(key.length() - 1) != '_') {
        key.append('_');
      }
    }
    if (key.length() > 0 && key.charAt(key.length() - 1) == '_') {
      key.setLength(key.length() - 1);
    }
    return key.toString();
  }

  private static Set<String> keys(List<String> industries) {
    Set<String> keys = new HashSet<>();
    for (String industry : industries) {
      keys.add(key(industry));
    }
    return Set.copyOf(keys);
  }
}
