package io.revbridge.scoring;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses a contact's {@link Role} from a job title by its words. Deliberately small for now: the enrichment
 * stage will bring a better classifier. Checks run from the most senior role down, so "Engineering Manager"
 * is an influencer and "Chief Executive Officer" a decision maker, not a user.
 */
public final class TitleRoles {
  private static final Set<String> UNKNOWN_WORDS = Set.of("intern", "internship", "student", "trainee");
  private static final Set<String> DECISION_MAKER_WORDS = Set.of("chief", "ceo", "cto", "cfo", "coo", "cmo", "cio",
      "cro", "cpo", "ciso", "founder", "cofounder", "owner", "president", "vp", "svp", "evp", "avp", "head");
  /** Phrases whose words alone would mislead ("owner" in "Product Owner"); checked before single words. */
  private static final List<Map.Entry<String, Role>> PHRASES = List.of(
      Map.entry("vice president", Role.DECISION_MAKER),
      Map.entry("managing director", Role.DECISION_MAKER),
      Map.entry("product owner", Role.INFLUENCER));
  private static final Set<String> INFLUENCER_WORDS = Set.of("director", "manager", "lead", "mgr");
  private static final Set<String> USER_WORDS = Set.of("engineer", "analyst", "developer", "specialist", "coordinator",
      "associate", "representative", "rep", "executive", "consultant", "administrator", "admin");

  private TitleRoles() {}

  public static Role classify(String title) {
    if (title == null || title.isBlank()) {
      return Role.UNKNOWN;
    }
    List<String> words = words(title);
    if (words.stream().anyMatch(UNKNOWN_WORDS::contains)) {
      return Role.UNKNOWN;
    }
    String text = " " + String.join(" ", words) + " ";
    for (Map.Entry<String, Role> phrase : PHRASES) {
      if (text.contains(" " + phrase.getKey() + " ")) {
        return phrase.getValue();
      }
    }
    if (words.stream().anyMatch(DECISION_MAKER_WORDS::contains)) {
      return Role.DECISION_MAKER;
    }
    if (words.stream().anyMatch(INFLUENCER_WORDS::contains)) {
      return Role.INFLUENCER;
    }
    if (words.stream().anyMatch(USER_WORDS::contains)) {
      return Role.USER;
    }
    return Role.UNKNOWN;
  }

  /** Lower-case words; "Co-Founder" and "VP, Sales" split on the punctuation. */
  private static List<String> words(String title) {
    String lower = title.toLowerCase(Locale.ROOT).replace("co-founder", "cofounder");
    return Arrays.stream(lower.split("[^a-z0-9]+")).filter(word -> !word.isEmpty()).toList();
  }
}
