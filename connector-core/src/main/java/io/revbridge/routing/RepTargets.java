package io.revbridge.routing;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One rep's targets for one period (a month). A metric without a target is absent: the scorecard shows it without a
 * comparison.
 *
 * @param values per metric ({@link Targets#METRICS}), the target for the period; {@code responseMinutes} is the most
 *     minutes a first touch may take
 */
public record RepTargets(Map<String, BigDecimal> values) {
  public RepTargets {
    values = Map.copyOf(values);
  }
}
