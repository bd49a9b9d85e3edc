package io.revbridge.routing;

import java.util.List;
import java.util.Map;

/**
 * The team's targets ({@code targets.yaml} of the playbook): monthly targets for every rep, with overrides per owner
 * id, and the share of a target under which a rep is alerted. A quarter's target is three months'.
 *
 * @param belowPercent a rep under this percentage of a target (or over the response SLA) raises an alert
 */
public record Targets(RepTargets defaults, Map<String, RepTargets> reps, int belowPercent) {
  /** The metrics a target can be set for, in the order the scorecard shows them. */
  public static final List<String> METRICS = List.of("revenue", "dealsClosed", "pipelineGenerated", "calls", "emails",
      "meetings", "proposals", "responseMinutes");
  public static final Targets NONE = new Targets(new RepTargets(Map.of()), Map.of(), 70);

  public Targets {
    reps = Map.copyOf(reps);
  }

  /** The rep's own targets over the defaults, metric by metric. */
  public RepTargets of(String ownerId) {
    RepTargets own = reps.get(ownerId);
    if (own == null) {
      return defaults;
    }
    java.util.Map<String, java.math.BigDecimal> merged = new java.util.HashMap<>(defaults.values());
    merged.putAll(own.values());
    return new RepTargets(merged);
  }
}
