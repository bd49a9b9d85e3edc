package io.revbridge.enrichment.matching;

import io.revbridge.enrichment.Confidence;
import io.revbridge.model.Person;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds likely duplicates among persons: the same normalised email, the same phone (last nine digits), or names at
 * least {@code nameThreshold} alike by Jaro-Winkler at the same company (same CRM company, else same normalised company
 * name). Records of different connections are never paired: duplicates are a per-CRM concern.
 *
 * <p>Cost: email and phone are hash lookups; names are compared only within a company. A company with more than
 * {@value #FULL_COMPARISON_LIMIT} persons is compared by sorted neighbourhood (each name against the next
 * {@value #WINDOW} in alphabetical order) instead of every pair, so one huge account cannot make a run quadratic.
 */
public final class DuplicateFinder {
  public static final double DEFAULT_NAME_THRESHOLD = 0.92;
  static final int FULL_COMPARISON_LIMIT = 1000;
  static final int WINDOW = 50;

  private final double nameThreshold;

  public DuplicateFinder(double nameThreshold) {
    this.nameThreshold = Confidence.check(nameThreshold);
  }

  public List<MergeSuggestion> find(List<Person> persons) {
    Map<Long, List<DuplicateEvidence>> pairs = new LinkedHashMap<>();
    Map<String, List<Integer>> byEmail = new HashMap<>();
    Map<String, List<Integer>> byPhone = new HashMap<>();
    Map<String, List<Integer>> byCompany = new HashMap<>();
    String[] names = new String[persons.size()];
    for (int i = 0; i < persons.size(); i++) {
      Person person = persons.get(i);
      String connection = person.ref().connection() + '\n';
      String email = MatchKeys.email(person.email());
      if (email != null) {
        byEmail.computeIfAbsent(connection + email, k -> new ArrayList<>(1)).add(i);
      }
      String phone = MatchKeys.phone(person.phone());
      if (phone != null) {
        byPhone.computeIfAbsent(connection + phone, k -> new ArrayList<>(1)).add(i);
      }
      names[i] = MatchKeys.personName(person.firstName(), person.lastName());
      String company = person.companyRef() != null ? "ref:" + person.companyRef().key()
          : MatchKeys.companyName(person.companyName());
      if (names[i] != null && company != null) {
        byCompany.computeIfAbsent(connection + company, k -> new ArrayList<>(2)).add(i);
      }
    }
    for (Map.Entry<String, List<Integer>> group : byEmail.entrySet()) {
      allPairs(group.getValue(), pairs, new DuplicateEvidence(EvidenceKind.SAME_EMAIL, after(group.getKey()), 1.0));
    }
    for (Map.Entry<String, List<Integer>> group : byPhone.entrySet()) {
      allPairs(group.getValue(), pairs, new DuplicateEvidence(EvidenceKind.SAME_PHONE,
          "phones ending " + after(group.getKey()), 1.0));
    }
    for (List<Integer> company : byCompany.values()) {
      similarNames(company, names, persons, pairs);
    }
    List<MergeSuggestion> suggestions = new ArrayList<>(pairs.size());
    List<Long> keys = new ArrayList<>(pairs.keySet());
    keys.sort(Comparator.naturalOrder());
    for (long key : keys) {
      suggestions.add(new MergeSuggestion(persons.get((int) (key >>> 32)).ref(), persons.get((int) key).ref(),
          pairs.get(key)));
    }
    return suggestions;
  }

  private void similarNames(List<Integer> company, String[] names, List<Person> persons,
      Map<Long, List<DuplicateEvidence>> pairs) {
    List<Integer> members = new ArrayList<>(company);
    int window = members.size() > FULL_COMPARISON_LIMIT ? WINDOW : members.size();
    if (members.size() > FULL_COMPARISON_LIMIT) {
      members.sort(Comparator.comparing(i -> names[i]));
    }
    for (int x = 0; x < members.size(); x++) {
      for (int y = x + 1; y < members.size() && y <= x + window; y++) {
        int a = members.get(x);
        int b = members.get(y);
        double similarity = JaroWinkler.similarity(names[a], names[b]);
        if (similarity >= nameThreshold) {
          String at = persons.get(a).companyName() == null ? "the same company" : persons.get(a).companyName();
          add(pairs, a, b, new DuplicateEvidence(EvidenceKind.SIMILAR_NAME_SAME_COMPANY,
              names[a] + " ~ " + names[b] + " at " + at, Math.round(similarity * 1000) / 1000.0));
        }
      }
    }
  }

  private static void allPairs(List<Integer> group, Map<Long, List<DuplicateEvidence>> pairs, DuplicateEvidence evidence) {
    for (int x = 0; x < group.size(); x++) {
      for (int y = x + 1; y < group.size(); y++) {
        add(pairs, group.get(x), group.get(y), evidence);
      }
    }
  }

  private static void add(Map<Long, List<DuplicateEvidence>> pairs, int a, int b, DuplicateEvidence evidence) {
    long key = ((long) Math.min(a, b) << 32) | Math.max(a, b);
    pairs.computeIfAbsent(key, k -> new ArrayList<>(2)).add(evidence);
  }

  private static String after(String groupKey) {
    return groupKey.substring(groupKey.indexOf('\n') + 1);
  }
}
