package io.revbridge.routing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who gets a lead and why, with everything needed to audit it: the inputs read, the dimension labels, each rule
 * evaluated (up to the one that matched), the reps considered, and the outcome.
 *
 * @param rule the rule that matched, or null when none did
 * @param ownerId the owner after routing: the new one, the kept one, or null for none
 * @param changesOwner whether {@code ownerId} is to be written to the CRM
 * @param battleCard the competitor and its battle card, when the rule carries one
 */
public record RoutingDecision(
    String record,
    Map<String, Object> inputs,
    Map<String, String> dimensions,
    List<RuleTrace> rules,
    String rule,
    String team,
    List<CandidateTrace> candidates,
    String ownerId,
    boolean changesOwner,
    List<String> reasons,
    boolean notifyNow,
    Optional<Duration> sla,
    String flag,
    Optional<BattleCard> battleCard) {

  public RoutingDecision {
    inputs = Map.copyOf(inputs);
    dimensions = Map.copyOf(dimensions);
    rules = List.copyOf(rules);
    candidates = List.copyOf(candidates);
    reasons = List.copyOf(reasons);
  }

  /** A competitor's battle card as the playbook holds it. */
  public record BattleCard(String competitor, String markdown) {}

  private static final int SHORT_LIMIT = 250;

  /** One line for the CRM's routing-reason field; deterministic, so an unchanged decision is not written again. */
  public String shortReason() {
    StringBuilder text = new StringBuilder(rule == null ? "No rule matched" : "Rule " + rule);
    if (team != null) {
      text.append(", team ").append(team);
    }
    if (flag != null) {
      text.append(" (").append(flag).append(')');
    }
    if (!reasons.isEmpty()) {
      text.append(": ").append(reasons.get(reasons.size() - 1));
    }
    sla.ifPresent(d -> text.append("; SLA ").append(d.toMinutes()).append(" min"));
    return text.length() <= SHORT_LIMIT ? text.toString() : text.substring(0, SHORT_LIMIT - 1) + "…";
  }
}
