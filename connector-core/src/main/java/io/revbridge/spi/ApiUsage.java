package io.revbridge.spi;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A connection's API allowance as last reported by the CRM.
 *
 * @param used calls counted against the daily allowance, if the CRM reports it
 * @param dailyLimit the daily allowance, if the CRM reports it
 * @param throttledUntil when the adapter stops holding back non-essential work (it reached its configured share of
 *     the allowance, or the CRM said to wait), if it is holding back now
 * @param note one line for {@code check} and the admin API: "daily limit 80% used (80,000 of 100,000)"
 */
public record ApiUsage(OptionalLong used, OptionalLong dailyLimit, Optional<Instant> throttledUntil, String note) {
  public static final ApiUsage UNKNOWN = new ApiUsage(OptionalLong.empty(), OptionalLong.empty(), Optional.empty(),
      "the CRM has not reported API usage yet");

  public ApiUsage {
    note = note == null ? "" : note;
  }

  /** Share of the daily allowance used, 0 to 1, when both figures are known. */
  public Optional<Double> share() {
    if (used.isEmpty() || dailyLimit.isEmpty() || dailyLimit.getAsLong() <= 0) {
      return Optional.empty();
    }
    return Optional.of((double) used.getAsLong() / dailyLimit.getAsLong());
  }
}
