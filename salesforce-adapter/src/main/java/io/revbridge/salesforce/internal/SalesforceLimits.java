package io.revbridge.salesforce.internal;

import com.sforce.soap.partner.LimitInfo;
import com.sforce.soap.partner.LimitInfoHeader_element;
import java.util.Optional;

/**
 * API usage as the last response's LimitInfoHeader reported it ("API REQUESTS": used and allowed in the
 * rolling 24 hours). Thread-safe.
 *
 * @see SalesforceChangeFeed polling pauses above the configured share
 */
public final class SalesforceLimits {
  private final int stopPercent;
  private long current = -1;
  private long limit = -1;

  public SalesforceLimits(int stopPercent) {
    this.stopPercent = stopPercent;
  }

  synchronized void record(LimitInfoHeader_element header) {
    if (header == null || header.getLimitInfo() == null) {
      return;
    }
    for (LimitInfo info : header.getLimitInfo()) {
      if ("API REQUESTS".equals(info.getType())) {
        current = info.getCurrent();
        limit = info.getLimit();
      }
    }
  }

  /** Used and allowed requests, once a response has said. */
  public synchronized Optional<long[]> usage() {
    return limit <= 0 ? Optional.empty() : Optional.of(new long[] {current, limit});
  }

  /** True once usage reached the share of the daily allocation above which only writes go on. */
  public synchronized boolean nonEssentialWorkPaused() {
    return limit > 0 && current * 100 >= limit * stopPercent;
  }

  public synchronized String describe() {
    return limit <= 0
        ? "no API usage reported yet"
        : String.format("%,d of %,d daily API requests used (%d%%; polling pauses at %d%%)",
            current, limit, current * 100 / limit, stopPercent);
  }
}
