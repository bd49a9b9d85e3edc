package io.revbridge.mapping;

import io.revbridge.spi.CrmField;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Suggests which CRM field likely feeds a canonical target, for {@code discover}: compares the target's last
 * word ({@code intent.pageViews} → "pageviews") with each field's name and label, both reduced to lower-case
 * letters and digits, with HubSpot's {@code hs_} and Salesforce's {@code __c} dropped. Equal beats contained
 * beats a few letters apart; nothing weaker is suggested, since a wrong hint costs more than none.
 */
public final class FieldSuggester {
  private FieldSuggester() {}

  /** The best candidates, best first, at most {@code limit}. */
  public static List<CrmField> suggest(String target, Collection<CrmField> candidates, int limit) {
    String wanted = normalize(target.substring(target.lastIndexOf('.') + 1));
    return candidates.stream()
        .map(field -> new Scored(field, score(wanted, field)))
        .filter(scored -> scored.score > 0)
        .sorted(Comparator.comparingInt((Scored s) -> -s.score).thenComparing(s -> s.field.name()))
        .limit(limit)
        .map(scored -> scored.field)
        .toList();
  }

  private record Scored(CrmField field, int score) {}

  private static int score(String wanted, CrmField field) {
    return Math.max(similarity(wanted, normalize(field.name())),
        field.label() == null ? 0 : similarity(wanted, normalize(field.label())) - 1);
  }

  private static int similarity(String wanted, String candidate) {
    if (wanted.isEmpty() || candidate.isEmpty()) {
      return 0;
    }
    if (wanted.equals(candidate)) {
      return 100;
    }
    if (wanted.length() >= 4 && candidate.length() >= 4 && (candidate.contains(wanted) || wanted.contains(candidate))) {
      return 80 - Math.abs(candidate.length() - wanted.length());
    }
    Optional<String> close = Suggestions.closest(wanted, List.of(candidate));
    return close.isPresent() && wanted.length() >= 4 ? 50 : 0;
  }

  static String normalize(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.startsWith("hs_")) {
      lower = lower.substring(3);
    }
    if (lower.endsWith("__c")) {
      lower = lower.substring(0, lower.length() - 3);
    }
    StringBuilder kept = new StringBuilder();
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        kept.append(c);
      }
    }
    return kept.toString();
  }
}
