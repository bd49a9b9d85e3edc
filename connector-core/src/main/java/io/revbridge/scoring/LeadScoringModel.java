package io.revbridge.scoring;

import io.revbridge.enrichment.title.BuyingRole;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Every weight of lead scoring in one place, so a playbook file can supply its own. Four categories of at
 * most {@code categoryMax} points each: company fit, contact quality, intent, timing.
 *
 * @param sizeBands checked in order; the first band containing the employee count gives its points
 * @param targetIndustries industry names in any style ({@code COMPUTER_SOFTWARE}, {@code Computer Software})
 * @param minVisits visits needed for {@code repeatVisitPoints}
 * @param hotMin lowest total graded HOT; likewise {@code warmMin}, {@code coldMin}; below that UNQUALIFIED
 */
public record LeadScoringModel(
    int categoryMax,
    List<SizeBand> sizeBands,
    int unknownSizePoints,
    Set<String> targetIndustries,
    int targetIndustryPoints,
    Set<String> adjacentIndustries,
    int adjacentIndustryPoints,
    int otherIndustryPoints,
    int unknownIndustryPoints,
    Map<BuyingRole, Integer> rolePoints,
    int pricingPagePoints,
    int downloadPoints,
    int webinarPoints,
    int minVisits,
    int repeatVisitPoints,
    int emailEngagementPoints,
    int activeProjectPoints,
    int budgetCyclePoints,
    int solutionExpiringPoints,
    int generalInterestPoints,
    int hotMin,
    int warmMin,
    int coldMin) {

  public LeadScoringModel {
    sizeBands = List.copyOf(sizeBands);
    targetIndustries = normalized(targetIndustries);
    adjacentIndustries = normalized(adjacentIndustries);
    // Ordered collections: the model's text is part of every input fingerprint, and Set.copyOf/Map.copyOf iterate
    // in an order that changes from one JVM start to the next (every record would be re-scored after a restart).
    rolePoints = Collections.unmodifiableMap(new EnumMap<>(rolePoints));
    for (BuyingRole role : BuyingRole.values()) {
      if (!rolePoints.containsKey(role)) {
        throw new IllegalArgumentException("rolePoints needs points for " + role);
      }
    }
    if (!(0 < coldMin && coldMin < warmMin && warmMin < hotMin && hotMin <= 4 * categoryMax)) {
      throw new IllegalArgumentException("grades need 0 < coldMin < warmMin < hotMin <= " + 4 * categoryMax
          + ", got " + coldMin + ", " + warmMin + ", " + hotMin);
    }
  }

  /** The default model of the walking skeleton: software and IT services companies of 50–200 people. */
  public static LeadScoringModel defaults() {
    return new LeadScoringModel(
        25,
        List.of(
            new SizeBand(50, 200, 25),
            new SizeBand(20, 49, 20),
            new SizeBand(201, Integer.MAX_VALUE, 15),
            new SizeBand(0, 19, 10)),
        10,
        Set.of("COMPUTER_SOFTWARE", "INFORMATION_TECHNOLOGY_AND_SERVICES", "Software", "Software Development", "SaaS",
            "IT Services", "IT Services and IT Consulting", "Information Technology", "Information Technology Services"),
        25,
        Set.of("FINANCIAL_SERVICES", "MARKETING_AND_ADVERTISING", "TELECOMMUNICATIONS", "Telecom", "Fintech"),
        15,
        5,
        5,
        Map.of(BuyingRole.DECISION_MAKER, 25, BuyingRole.INFLUENCER, 20, BuyingRole.USER, 15, BuyingRole.UNKNOWN, 5),
        15,
        10,
        15,
        2,
        10,
        5,
        25,
        20,
        15,
        10,
        80,
        60,
        40);
  }

  /** HOT from {@code hotMin}, WARM from {@code warmMin}, COLD from {@code coldMin}, else UNQUALIFIED. */
  public Grade gradeFor(int score) {
    if (score >= hotMin) {
      return Grade.HOT;
    }
    if (score >= warmMin) {
      return Grade.WARM;
    }
    return score >= coldMin ? Grade.COLD : Grade.UNQUALIFIED;
  }

  private static Set<String> normalized(Set<String> industries) {
    return Collections.unmodifiableSortedSet(industries.stream().map(Industries::key)
        .collect(Collectors.toCollection(TreeSet::new)));
  }
}
