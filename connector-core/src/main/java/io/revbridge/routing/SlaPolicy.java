package io.revbridge.routing;

import java.util.List;

/**
 * What happens around an SLA: which CRM events count as the owner's first touch, a reminder to the owner once
 * {@code reminderPercent} of the time has passed, and on breach each of the {@code escalation} steps: {@code notify}
 * (a breach notification naming the team's manager), {@code task} (a high-priority escalation task for the owner)
 * and {@code reassign} (the lead goes to the next available rep of the team, with a new clock).
 *
 * @param firstTouch of {@link #TOUCHES}: {@code call}, {@code email}, {@code meeting} (logged by the owner on the
 *     lead), {@code task} (a task the owner completed on the lead), {@code status_change} (the lead's status changed)
 */
public record SlaPolicy(int reminderPercent, List<String> escalation, List<String> firstTouch) {
  public static final List<String> STEPS = List.of("notify", "task", "reassign");
  public static final List<String> DEFAULT_STEPS = List.of("notify", "task");
  public static final List<String> TOUCHES = List.of("call", "email", "meeting", "task", "status_change");
  public static final List<String> DEFAULT_TOUCHES = List.of("call", "email", "meeting", "status_change");
  public static final SlaPolicy DEFAULT = new SlaPolicy(75, DEFAULT_STEPS, DEFAULT_TOUCHES);

  public SlaPolicy {
    escalation = List.copyOf(escalation);
    firstTouch = List.copyOf(firstTouch);
  }

  /** The playbook's policy without a {@code first_touch} list: the default touches. */
  public SlaPolicy(int reminderPercent, List<String> escalation) {
    this(reminderPercent, escalation, DEFAULT_TOUCHES);
  }

  public boolean touchedBy(String kind) {
    return firstTouch.contains(kind);
  }
}
