package io.revbridge.store;

import java.math.BigDecimal;
import java.util.List;

/**
 * The open deals whose latest forecast names a risk: how many, their amounts summed (a missing amount adds nothing),
 * and the largest of them, largest first.
 */
public record DealsAtRisk(long deals, BigDecimal amount, List<ForecastRow> largest) {
  public DealsAtRisk {
    largest = List.copyOf(largest);
  }
}
