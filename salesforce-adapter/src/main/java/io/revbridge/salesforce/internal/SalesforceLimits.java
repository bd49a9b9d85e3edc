package io.revbridge.salesforce.internal;

import com.sforce.soap.partner.LimitInfo;
import com.sforce.soap.partner.LimitInfoHeader_element;
import io.revbridge.spi.ApiUsage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * API usage as the last response's LimitInfoHeader reported it ("API REQUESTS": used and allowed in the
 * rolling 24 hours), and whether non-essential work is held back. Thread-safe.
 *
 * <p>Non-essential work is what can wait a pass without anyone noticing: reading a backlog beyond one page
 * per object and pass ({@link SalesforceChangeFeed}) and re-reading the user roster when one is already known
 * ({@link SalesforceOwnerDirectory}). Writes, the first page of each poll and {@code check} always go on: they
 * are what keeps scores and owners current, and they are also what brings fresh usage figures.
 */
public final class SalesforceLimits {
  /**
   * Salesforce's window is rolling, so there is no reset time to wait for; the next response re-checks. This is
   * the estimate {@link #usage} gives for when holding back ends, since a pass or two happen in it.
   */
  static final Duration RECHECK = Duration.ofMinutes(15);

  private final int stopPercent;
  private final Clock clock;
  private long current = -1;
  private long limit = -1;
  private Instant reportedAt;
  private Instant exhaustedUntil;

  public SalesforceLimits(int stopPercent, Clock clock) {
    this.stopPercent = stopPercent;
    this.clock = clock;
  }

  synchronized void record(LimitInfoHeader_element header) {
    if (header == null || header.getLimitInfo() == null) {
      return;
    }
    for (LimitInfo info : header.getLimitInfo()) {
      if ("API REQUESTS".equals(info.getType())) {
        current = info.getCurrent();
        limit = info.getLimit();
        reportedAt = clock.instant();
      }
    }
  }

  /** Salesforce refused a call with REQUEST_LIMIT_EXCEEDED: the connection pauses for {@code pause}. */
  synchronized void exhausted(Duration pause) {
    exhaustedUntil = clock.instant().plus(pause);
  }

  /** Used and allowed requests, once a response has said. */
  public synchronized Optional<long[]> usage() {
    return limit <= 0 ? Optional.empty() : Optional.of(new long[] {current, limit});
  }

  /** True once usage reached the configured share of the daily allocation, or Salesforce said it is used up. */
  public synchronized boolean nonEssentialWorkPaused() {
    return exhaustedNow() || (limit > 0 && current * 100 >= limit * stopPercent);
  }

  /** What {@link io.revbridge.spi.CrmConnection#usage()} reports. Makes no call. */
  public synchronized ApiUsage apiUsage() {
    Optional<Instant> until = Optional.empty();
    if (exhaustedNow()) {
      until = Optional.of(exhaustedUntil);
    } else if (nonEssentialWorkPaused()) {
      until = Optional.of(reportedAt.plus(RECHECK));
    }
    if (limit <= 0 && until.isEmpty()) {
      return ApiUsage.UNKNOWN;
    }
    return new ApiUsage(limit <= 0 ? OptionalLong.empty() : OptionalLong.of(current),
        limit <= 0 ? OptionalLong.empty() : OptionalLong.of(limit), until, describe());
  }

  public synchronized String describe() {
    String figures = limit <= 0
        ? "no API usage reported yet"
        : String.format("%,d of %,d daily API requests used (%d%%; non-essential work held back at %d%%)",
            current, limit, current * 100 / limit, stopPercent);
    if (exhaustedNow()) {
      return figures + "; Salesforce said REQUEST_LIMIT_EXCEEDED, paused until " + exhaustedUntil;
    }
    if (nonEssentialWorkPaused()) {
      return figures + "; holding back backlog reads and roster refreshes, writes go on";
    }
    return figures;
  }

  private boolean exhaustedNow() {
    return exhaustedUntil != null && exhaustedUntil.isAfter(clock.instant());
  }
}
