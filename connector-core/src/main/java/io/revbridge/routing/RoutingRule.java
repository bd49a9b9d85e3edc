package io.revbridge.routing;

import java.util.List;

/** A playbook rule: every condition must pass (none means always); the first rule that matches decides. */
public record RoutingRule(String name, List<Condition> when, RuleAction then) {
  public RoutingRule {
    when = List.copyOf(when);
  }
}
