package io.revbridge.routing;

import java.util.List;

/** One rule as the engine evaluated it for one lead: whether it matched, and each condition's outcome. */
public record RuleTrace(String rule, boolean matched, List<String> why) {
  public RuleTrace {
    why = List.copyOf(why);
  }
}
