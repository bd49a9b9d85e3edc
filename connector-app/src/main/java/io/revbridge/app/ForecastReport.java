package io.revbridge.app;

import io.revbridge.forecast.ForecastModel;
import io.revbridge.forecast.ForecastRollup;
import io.revbridge.forecast.RollupLine;
import io.revbridge.store.Store;
import java.util.List;
import java.util.Locale;

/** The forecast roll-up as {@code revbridge forecast} and {@code GET /admin/api/forecast} both show it. */
final class ForecastReport {
  private ForecastReport() {}

  /**
   * The grouping a user asked for: {@code owner}, {@code quarter}, or {@code overall} (also when absent).
   *
   * @throws IllegalArgumentException naming the bad value
   */
  static ForecastRollup.By grouping(String by) {
    if (by == null || by.equalsIgnoreCase("overall")) {
      return ForecastRollup.By.ALL;
    }
    if (by.equalsIgnoreCase("owner") || by.equalsIgnoreCase("quarter")) {
      return ForecastRollup.By.valueOf(by.toUpperCase(Locale.ROOT));
    }
    throw new IllegalArgumentException("`" + by + "` is not owner or quarter");
  }

  /** One line per group, then the overall line; the latest forecast of every deal in the store. */
  static List<RollupLine> lines(Store store, ForecastModel model, ForecastRollup.By by) {
    return ForecastRollup.of(store.forecasts().all(), model, by);
  }
}
