package io.revbridge.routing;

import io.revbridge.scoring.Grade;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The routing playbook as loaded and checked: teams, dimensions in order of precedence, the rep level each grade
 * goes to, ordered rules and battle cards.
 *
 * @param levels per grade, the rep level to prefer; {@value #NOBODY} means no owner at all (marketing nurture), a
 *     grade not listed means any level
 * @param battleCards Markdown text per competitor, keyed by lower-case competitor name
 * @param openLeadDays how long an assignment that never closes counts against the rep's capacity
 * @param sequences the follow-up sequences of {@code sequences.yaml}, none when the file is absent
 * @param slas per grade, how soon a new owner must first touch the lead (a rule's {@code sla} overrides it)
 * @param source where the playbook was read from, for messages
 * @param closedStatuses lead statuses and lifecycle stages (compared ignoring case) at which a routed lead is no
 *     longer open: it stops counting against its rep's capacity
 */
public record RoutingPlaybook(Map<String, Team> teams, List<Dimension> dimensions, Map<Grade, String> levels,
    List<RoutingRule> rules, Map<String, String> battleCards, int openLeadDays, Map<Grade, Duration> slas,
    SlaPolicy slaPolicy, List<Sequence> sequences, String source, List<String> closedStatuses) {
  /** HubSpot's converted and disqualified lead statuses, Salesforce's closed ones, and the lifecycle stages past lead. */
  public static final List<String> DEFAULT_CLOSED = List.of("OPEN_DEAL", "UNQUALIFIED", "Closed - Converted",
      "Closed - Not Converted", "opportunity", "customer");

  public RoutingPlaybook {
    closedStatuses = List.copyOf(closedStatuses);
    teams = Map.copyOf(teams);
    dimensions = List.copyOf(dimensions);
    levels = Map.copyOf(levels);
    rules = List.copyOf(rules);
    battleCards = Map.copyOf(battleCards);
    slas = Map.copyOf(slas);
    sequences = List.copyOf(sequences);
  }

  public static final String NOBODY = "none";

  /**
   * The playbook of an engine given none: one team of every active CRM owner and one round-robin rule, which is
   * what Revbridge did before playbooks.
   */
  public static RoutingPlaybook roundRobinOnly() {
    return new RoutingPlaybook(Map.of("everyone", new Team("everyone", List.of(), true, null, Integer.MAX_VALUE, null)),
        List.of(), Map.of(), List.of(new RoutingRule("round-robin", List.of(), new RuleAction("everyone",
            OwnerSource.ROUND_ROBIN, false, false, Optional.empty(), null, null))),
        Map.of(), 90, Map.of(), SlaPolicy.DEFAULT, List.of(), "built-in round robin", DEFAULT_CLOSED);
  }

  /** The rep level a grade goes to, when the playbook names one (and it is not {@value #NOBODY}). */
  public Optional<String> level(Grade grade) {
    return Optional.ofNullable(levels.get(grade)).filter(l -> !NOBODY.equals(l));
  }

  /** Whether leads of this grade get no owner (marketing nurture). */
  public boolean nurture(Grade grade) {
    return NOBODY.equals(levels.get(grade));
  }

  /** The phone number of the rep with this email (case-insensitive), in whichever team lists it. */
  public Optional<String> phoneOf(String email) {
    if (email == null) {
      return Optional.empty();
    }
    return teams.values().stream().flatMap(t -> t.reps().stream())
        .filter(r -> r.email().equalsIgnoreCase(email) && r.phone() != null).map(Rep::phone).findFirst();
  }

  /** Whether a lead with this status or lifecycle stage is closed (converted, disqualified, past lead). */
  public boolean closed(String leadStatus, String lifecycleStage) {
    return closedStatuses.stream().anyMatch(c -> c.equalsIgnoreCase(leadStatus) || c.equalsIgnoreCase(lifecycleStage));
  }

  public Optional<String> battleCard(String competitor) {
    return competitor == null ? Optional.empty() : Optional.ofNullable(battleCards.get(competitor.strip().toLowerCase()));
  }
}
