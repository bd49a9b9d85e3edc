package io.revbridge.routing;

import java.util.List;

/**
 * What happens around an SLA: a reminder to the owner once {@code reminderPercent} of the time has passed, and on
 * breach each of the {@code escalation} steps: {@code notify} (a breach notification naming the team's manager)
 * and {@code task} (a high-priority escalation task for the owner).
 */
public record SlaPolicy(int reminderPercent, List<String> escalation) {
  public static final List<String> STEPS = List.of("notify", "task");
  public static final SlaPolicy DEFAULT = new SlaPolicy(75, STEPS);

  public SlaPolicy {
    escalation = List.copyOf(escalation);
  }
}
