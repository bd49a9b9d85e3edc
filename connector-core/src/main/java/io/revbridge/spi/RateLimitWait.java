package io.revbridge.spi;

import java.util.Locale;

/** Why an adapter held calls back for the CRM's limits, as {@link ApiListener#waited} reports it. */
public enum RateLimitWait {
  /** Client-side pacing: the adapter spaces its calls to stay under the CRM's rate limit. */
  PACING,
  /** The CRM said to wait (HTTP 429, {@code Retry-After}, a rate-limit window) and the adapter waited. */
  RETRY_AFTER,
  /**
   * The daily allowance is used up ({@code REQUEST_LIMIT_EXCEEDED}, HubSpot's daily 429): the connection holds
   * every call for this long (the engine pauses it); reported once, when the hold starts.
   */
  DAILY_LIMIT;

  /** The metric label: {@code pacing}, {@code retry_after}, {@code daily_limit}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
