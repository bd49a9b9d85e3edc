package io.revbridge.spi;

import java.util.Locale;

/** How one HTTP exchange with a CRM ended, as {@link ApiListener#called} reports it. */
public enum ApiOutcome {
  /** The CRM answered with success (HTTP 2xx; for SOAP, an envelope without a fault). */
  OK,
  /** The CRM refused the call for its rate or daily limits (HTTP 429, {@code REQUEST_LIMIT_EXCEEDED}). */
  RATE_LIMITED,
  /** The CRM refused the call itself (HTTP 4xx; for SOAP, a fault about the request: field, type, query). */
  CLIENT_ERROR,
  /** The CRM failed (HTTP 5xx; for SOAP, a transient fault such as {@code UNABLE_TO_LOCK_ROW}). */
  SERVER_ERROR,
  /** No usable answer: timeout, connection reset or refused, a proxy's page instead of the CRM's. */
  TRANSPORT_ERROR;

  /** The metric label: {@code ok}, {@code rate_limited}, ... */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
