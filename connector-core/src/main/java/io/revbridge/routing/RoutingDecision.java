package io.revbridge.routing;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

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
    // In the playbook's order, so the audit and `route explain` list them the same way at every start (Map.copyOf's
    // order changes from one JVM to the next).
    dimensions = new LinkedHashMap<>(dimensions);
    dimensions.forEach((name, label) -> Objects.requireNonNull(label, () -> "label of dimension " + name));
    dimensions = Collections.unmodifiableMap(dimensions);
    rules = List.copyOf(rules);
    candidates = List.copyOf(candidates);
    reasons = List.copyOf(reasons);
  }

  /** A competitor's battle card as the playbook holds it. */
  public record BattleCard(String competitor, String markdown) {}

  private static final int SHORT_LIMIT = 250;

  /**
   * The decision as plain maps and lists for JSON (the audit, {@code route explain}): {@code owner}, {@code team},
   * {@code rule}, {@code reasons}, then the inputs, dimension labels, rules evaluated and candidates.
   */
  public Map<String, Object> describe() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("record", record);
    out.put("owner", ownerId);
    out.put("team", team);
    out.put("rule", rule);
    out.put("reasons", reasons);
    out.put("changesOwner", changesOwner);
    out.put("notify", notifyNow);
    out.put("slaMinutes", sla.map(Duration::toMinutes).orElse(null));
    out.put("flag", flag);
    out.put("battleCard", battleCard.map(BattleCard::competitor).orElse(null));
    out.put("inputs", new TreeMap<>(inputs));
    out.put("dimensions", dimensions);
    out.put("rulesEvaluated", rules.stream().map(r -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("rule", r.rule());
      m.put("matched", r.matched());
      m.put("why", r.why());
      return m;
    }).toList());
    out.put("candidates", candidates.stream().map(c -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("email", c.email());
      m.put("ownerId", c.ownerId());
      m.put("status", c.status());
      return m;
    }).toList());
    return out;
  }

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
