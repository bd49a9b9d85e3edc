package io.revbridge.forecast;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.time.MonthDay;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every number of the deal forecast, as {@code deal-forecast.yaml} holds it. {@link #defaults()} equals the shipped
 * file (a test keeps them together).
 *
 * @param base win probability in percent per open stage
 * @param stages per CRM ({@code hubspot}, {@code salesforce}): the CRM's stage value → playbook stage; values match
 *     ignoring case
 * @param milestones points per activity milestone; only the furthest reached counts, in the order
 *     emailEngagement, demoCompleted, proposalSent, contractReview, legalInvolved
 * @param competition points per competition value: none, weak, strong, incumbent
 * @param commitMin lowest probability counted as commit in roll-ups; {@code bestCaseMin} likewise for best case
 */
public record ForecastModel(
    Map<ForecastStage, Integer> base,
    Map<String, Map<String, ForecastStage>> stages,
    List<Integer> milestones,
    Map<String, Integer> competition,
    int averageCycleDays,
    int olderThanCycle,
    int lastMonthOfQuarter,
    int holidayPeriod,
    List<HolidayPeriod> holidays,
    int budget,
    int authority,
    int need,
    int timeline,
    int clampMin,
    int clampMax,
    int noActivityDays,
    int commitMin,
    int bestCaseMin) {

  public static final List<String> MILESTONES =
      List.of("emailEngagement", "demoCompleted", "proposalSent", "contractReview", "legalInvolved");
  public static final List<String> COMPETITION = List.of("none", "weak", "strong", "incumbent");

  public ForecastModel {
    base = Map.copyOf(new EnumMap<>(base));
    Map<String, Map<String, ForecastStage>> lower = new TreeMap<>();
    stages.forEach((crm, map) -> {
      Map<String, ForecastStage> byKey = new TreeMap<>();
      map.forEach((value, stage) -> byKey.put(key(value), stage));
      lower.put(crm, Map.copyOf(byKey));
    });
    stages = Map.copyOf(lower);
    milestones = List.copyOf(milestones);
    competition = Map.copyOf(competition);
    holidays = List.copyOf(holidays);
    for (ForecastStage stage : ForecastStage.values()) {
      if (!stage.closed() && !base.containsKey(stage)) {
        throw new IllegalArgumentException("base needs a probability for " + stage);
      }
    }
    if (milestones.size() != MILESTONES.size()) {
      throw new IllegalArgumentException("milestones needs " + MILESTONES.size() + " values: " + MILESTONES);
    }
    if (!(0 <= clampMin && clampMin <= clampMax && clampMax <= 100)) {
      throw new IllegalArgumentException("clamp needs 0 <= min <= max <= 100, got " + clampMin + ".." + clampMax);
    }
  }

  /** The playbook stage a CRM's stage value maps to, if the playbook lists it. */
  public Optional<ForecastStage> stageOf(String crm, String value) {
    if (value == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(stages.getOrDefault(crm, Map.of()).get(key(value)));
  }

  private static String key(String value) {
    return value.strip().toLowerCase(Locale.ROOT);
  }

  public static ForecastModel defaults() {
    Map<String, ForecastStage> hubspot = Map.of(
        "appointmentscheduled", ForecastStage.QUALIFICATION,
        "qualifiedtobuy", ForecastStage.DISCOVERY,
        "presentationscheduled", ForecastStage.PROPOSAL,
        "decisionmakerboughtin", ForecastStage.NEGOTIATION,
        "contractsent", ForecastStage.CLOSING,
        "closedwon", ForecastStage.CLOSED_WON,
        "closedlost", ForecastStage.CLOSED_LOST);
    Map<String, ForecastStage> salesforce = Map.ofEntries(
        Map.entry("Prospecting", ForecastStage.QUALIFICATION),
        Map.entry("Qualification", ForecastStage.QUALIFICATION),
        Map.entry("Needs Analysis", ForecastStage.DISCOVERY),
        Map.entry("Value Proposition", ForecastStage.DISCOVERY),
        Map.entry("Id. Decision Makers", ForecastStage.DISCOVERY),
        Map.entry("Perception Analysis", ForecastStage.PROPOSAL),
        Map.entry("Proposal/Price Quote", ForecastStage.PROPOSAL),
        Map.entry("Negotiation/Review", ForecastStage.NEGOTIATION),
        Map.entry("Closed Won", ForecastStage.CLOSED_WON),
        Map.entry("Closed Lost", ForecastStage.CLOSED_LOST));
    return new ForecastModel(
        Map.of(ForecastStage.QUALIFICATION, 10, ForecastStage.DISCOVERY, 25, ForecastStage.PROPOSAL, 50,
            ForecastStage.NEGOTIATION, 75, ForecastStage.CLOSING, 90),
        Map.of("hubspot", hubspot, "salesforce", salesforce),
        List.of(5, 15, 20, 25, 30),
        Map.of("none", 15, "weak", 5, "strong", -10, "incumbent", -15),
        45, -20, 10, -5,
        List.of(new HolidayPeriod(MonthDay.of(12, 20), MonthDay.of(1, 5)),
            new HolidayPeriod(MonthDay.of(7, 15), MonthDay.of(8, 15))),
        20, 15, 10, 10,
        1, 99,
        14,
        75, 50);
  }
}
