package io.revbridge.enrichment.title;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Classifies titles with precompiled rules: rules are indexed by their first word, so a title of n words costs about
 * n map lookups plus the few wildcard rules, and no regular expression runs per call.
 *
 * <p>How matches combine: seniority (and the role) comes from the matching rule with the highest priority, ties going
 * to the longer phrase and then to the later rule (an admin's file comes after the shipped one); that lets
 * "Executive Assistant to the CEO" be an assistant although it names the CEO. Department comes from the earliest
 * matching phrase in the title, ties going to the longer one, so "VP Sales &amp; Marketing" is sales and
 * "Product Marketing Manager" is marketing. Thread-safe and immutable.
 */
public final class TitleClassifier {
  static final double MATCHED = 0.9;
  static final double DEFAULTED = 0.6;
  static final double UNKNOWN = 0.2;

  private final Map<String, List<Indexed>> byFirstWord = new HashMap<>();
  /**
   * Rules whose first word is a prefix ({@code vertrieb*}) by its first letter, and a suffix ({@code *leiter}) by
   * its last: a word is tried against the few wildcard rules that could match it, not all fifty.
   */
  private final Map<Character, List<Indexed>> prefixByFirstLetter = new HashMap<>();
  private final Map<Character, List<Indexed>> suffixByLastLetter = new HashMap<>();
  /** An empty prefix or suffix, which matches every word (not in the shipped rules, but allowed). */
  private final List<Indexed> everyWord = new ArrayList<>();

  public TitleClassifier(List<TitleRule> rules) {
    for (int i = 0; i < rules.size(); i++) {
      TitleRule rule = rules.get(i);
      Indexed indexed = new Indexed(rule, i);
      TitleRule.WordPattern first = rule.words().get(0);
      String text = first.text();
      if (first.kind() == TitleRule.WordPattern.Kind.WHOLE) {
        byFirstWord.computeIfAbsent(text, w -> new ArrayList<>(2)).add(indexed);
      } else if (text.isEmpty()) {
        everyWord.add(indexed);
      } else if (first.kind() == TitleRule.WordPattern.Kind.PREFIX) {
        prefixByFirstLetter.computeIfAbsent(text.charAt(0), c -> new ArrayList<>(2)).add(indexed);
      } else {
        suffixByLastLetter.computeIfAbsent(text.charAt(text.length() - 1), c -> new ArrayList<>(2)).add(indexed);
      }
    }
  }

  public static TitleClassifier builtIn() {
    return new TitleClassifier(TitleRuleLoader.builtIn());
  }

  public TitleProfile classify(String title) {
    if (title == null || title.isBlank()) {
      return TitleProfile.UNKNOWN;
    }
    List<String> tokens = TitleTokens.of(title);
    List<Match> matches = new ArrayList<>(4);
    for (int at = 0; at < tokens.size(); at++) {
      String token = tokens.get(at); // never empty
      collect(byFirstWord.get(token), tokens, at, matches);
      int wildcards = matches.size();
      collect(prefixByFirstLetter.get(token.charAt(0)), tokens, at, matches);
      collect(suffixByLastLetter.get(token.charAt(token.length() - 1)), tokens, at, matches);
      collect(everyWord, tokens, at, matches);
      if (matches.size() - wildcards > 1) {
        // in rule order, as when every wildcard rule was tried in turn: the first of equal phrases names the department
        matches.subList(wildcards, matches.size()).sort(Comparator.comparingInt(m -> m.rule.order));
      }
    }
    Match seniorityRule = null;
    Match departmentRule = null;
    for (int m = 0; m < matches.size(); m++) {
      Match match = matches.get(m);
      if (isInsideLonger(match, matches)) {
        continue;
      }
      TitleRule rule = match.rule.rule;
      if ((rule.seniority() != null || rule.role() != null) && match.beatsForSeniority(seniorityRule)) {
        seniorityRule = match;
      }
      if (rule.department() != null && match.beatsForDepartment(departmentRule)) {
        departmentRule = match;
      }
    }
    return profile(seniorityRule, departmentRule);
  }

  private static void collect(List<Indexed> rules, List<String> tokens, int at, List<Match> matches) {
    if (rules == null) {
      return;
    }
    for (int r = 0; r < rules.size(); r++) {
      Indexed rule = rules.get(r);
      if (rule.matchesAt(tokens, at)) {
        matches.add(new Match(rule, at));
      }
    }
  }

  /** "president" inside "vice president", "owner" inside "product owner": the longer phrase speaks for its words. */
  private static boolean isInsideLonger(Match match, List<Match> matches) {
    for (int i = 0; i < matches.size(); i++) {
      Match other = matches.get(i);
      if (other.length() > match.length() && other.at <= match.at && other.end() >= match.end()) {
        return true;
      }
    }
    return false;
  }

  private static TitleProfile profile(Match seniorityMatch, Match departmentMatch) {
    Indexed seniorityRule = seniorityMatch == null ? null : seniorityMatch.rule;
    Indexed departmentRule = departmentMatch == null ? null : departmentMatch.rule;
    Seniority seniority = seniorityRule == null || seniorityRule.rule.seniority() == null
        ? Seniority.UNKNOWN : seniorityRule.rule.seniority();
    BuyingRole role = seniorityRule != null && seniorityRule.rule.role() != null
        ? seniorityRule.rule.role() : seniority.role();
    Department department = departmentRule == null ? Department.OTHER : departmentRule.rule.department();
    if (seniorityRule == null && departmentRule == null) {
      return new TitleProfile(BuyingRole.UNKNOWN, Seniority.UNKNOWN, Department.OTHER, UNKNOWN, UNKNOWN, null);
    }
    double seniorityConfidence = seniority == Seniority.UNKNOWN && role == BuyingRole.UNKNOWN ? UNKNOWN : MATCHED;
    double departmentConfidence = departmentRule == null ? DEFAULTED : MATCHED;
    return new TitleProfile(role, seniority, department, seniorityConfidence, departmentConfidence,
        seniorityRule == null ? departmentRule.rule.source() : seniorityRule.rule.source());
  }

  /** A rule with its position in the rule list (later rules win ties). */
  private record Indexed(TitleRule rule, int order) {
    int length() {
      return rule.words().size();
    }

    boolean matchesAt(List<String> tokens, int at) {
      List<TitleRule.WordPattern> words = rule.words();
      if (at + words.size() > tokens.size()) {
        return false;
      }
      for (int i = 0; i < words.size(); i++) {
        if (!words.get(i).matches(tokens.get(at + i))) {
          return false;
        }
      }
      return true;
    }
  }

  /** A rule found at word {@code at} of a title. */
  private record Match(Indexed rule, int at) {
    int length() {
      return rule.length();
    }

    int end() {
      return at + length();
    }

    boolean beatsForSeniority(Match other) {
      if (other == null) {
        return true;
      }
      if (rule.rule.priority() != other.rule.rule.priority()) {
        return rule.rule.priority() > other.rule.rule.priority();
      }
      if (length() != other.length()) {
        return length() > other.length();
      }
      return rule.order > other.rule.order;
    }

    /** The phrase that comes first in the title names the department; at one place, the longer phrase. */
    boolean beatsForDepartment(Match other) {
      return other == null || at < other.at || (at == other.at && length() > other.length());
    }
  }
}
