package io.revbridge.routing;

import java.time.Duration;
import java.util.Optional;

/**
 * What a matching rule does.
 *
 * @param team the team to route within; null means the team the dimensions matched
 * @param reassign the rule may replace an owner a human already set
 * @param notifyNow send the hot-lead notification at once
 * @param sla how soon the owner must touch the lead, when the rule sets one
 * @param flag a word stored with the decision and written in the reason, e.g. {@code expansion}
 * @param battleCardField the field naming the competitor whose battle card goes into the owner's task, or null
 */
public record RuleAction(String team, OwnerSource owner, boolean reassign, boolean notifyNow, Optional<Duration> sla,
    String flag, String battleCardField) {}
