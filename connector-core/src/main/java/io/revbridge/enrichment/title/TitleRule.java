package io.revbridge.enrichment.title;

import java.util.List;

/**
 * One line of a title rules file: a phrase of words, each matched whole, by prefix ({@code vertrieb*}) or by suffix
 * ({@code *leiter}), and what the phrase says. Any of seniority, department and role may be {@code null} (no opinion).
 * {@code source} is {@code file:line}, shown in provenance and when two rules disagree.
 */
public record TitleRule(
    List<WordPattern> words, Seniority seniority, Department department, BuyingRole role, int priority, String source) {
  public TitleRule {
    words = List.copyOf(words);
  }

  /** A word of a rule's phrase. */
  public record WordPattern(String text, Kind kind) {
    public enum Kind { WHOLE, PREFIX, SUFFIX }

    boolean matches(String token) {
      return switch (kind) {
        case WHOLE -> token.equals(text);
        case PREFIX -> token.startsWith(text);
        case SUFFIX -> token.endsWith(text);
      };
    }
  }
}
