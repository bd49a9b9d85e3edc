package io.revbridge.app.console;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * One rep's figures for one period. A metric Revbridge cannot know is absent (activities without activity data).
 *
 * @param actuals per metric ({@link TeamFigures#METRICS}) its value in the period
 * @param targets per metric the rep's target for the whole period (monthly × months)
 */
record Scorecard(String ownerId, Map<String, Double> actuals, Map<String, Double> targets) {
  OptionalDouble actual(String metric) {
    Double v = actuals.get(metric);
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  OptionalDouble target(String metric) {
    Double v = targets.get(metric);
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /** actual ÷ target, or empty without either (or a zero target). */
  OptionalDouble attainment(String metric) {
    OptionalDouble a = actual(metric);
    OptionalDouble t = target(metric);
    return a.isPresent() && t.isPresent() && t.getAsDouble() > 0 ? OptionalDouble.of(a.getAsDouble() / t.getAsDouble())
        : OptionalDouble.empty();
  }
}
