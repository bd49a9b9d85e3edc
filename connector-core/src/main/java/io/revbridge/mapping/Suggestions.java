package io.revbridge.mapping;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" for misspelt keys, transforms and targets. */
final class Suggestions {
  private Suggestions() {}

  /**
   * The candidate closest to what was typed: one that starts with or is contained in it
   * ({@code lowercase} → {@code lower}), or one within a few edits ({@code trmi} → {@code trim}).
   */
  static Optional<String> closest(String typed, Collection<String> candidates) {
    if (typed == null || typed.isBlank()) {
      return Optional.empty();
    }
    String input = typed.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      String lower = candidate.toLowerCase(Locale.ROOT);
      int distance = distance(input, lower);
      boolean related = lower.length() >= 3 && (input.contains(lower) || lower.contains(input) && input.length() >= 3);
      boolean close = distance <= Math.max(1, Math.min(3, (lower.length() + 1) / 3));
      if ((related || close) && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** " — did you mean `x`?" or nothing. */
  static String didYouMean(String typed, Collection<String> candidates) {
    return closest(typed, candidates).map(c -> " — did you mean `" + c + "`?").orElse("");
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
