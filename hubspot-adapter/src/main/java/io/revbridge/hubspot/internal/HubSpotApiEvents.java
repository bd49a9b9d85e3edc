package io.revbridge.hubspot.internal;

import io.revbridge.spi.ApiListener;
import io.revbridge.spi.ApiOutcome;
import io.revbridge.spi.CrmException;
import io.revbridge.spi.RateLimitWait;
import java.time.Duration;

/**
 * Reports one connection's calls and rate-limit waits to the {@link ApiListener} the app set (none until then).
 * Thread-safe; a listener that throws is ignored, since counting must never fail a call.
 */
final class HubSpotApiEvents {
  private final String connection;
  private volatile ApiListener listener = ApiListener.NONE;

  HubSpotApiEvents(String connection) {
    this.connection = connection;
  }

  void listen(ApiListener l) {
    this.listener = l == null ? ApiListener.NONE : l;
  }

  void called(ApiOutcome outcome) {
    try {
      listener.called(connection, outcome);
    } catch (RuntimeException ignored) {
      // a metrics problem is not the call's problem
    }
  }

  /** A call that ended in {@code failure}: HubSpot's status when it answered, else a transport error. */
  void failed(CrmException failure) {
    called(HubSpotApiError.of(failure).map(e -> outcome(e.status())).orElse(ApiOutcome.TRANSPORT_ERROR));
  }

  void waited(RateLimitWait reason, Duration wait) {
    if (wait.isNegative() || wait.isZero()) {
      return;
    }
    try {
      listener.waited(connection, reason, wait);
    } catch (RuntimeException ignored) {
      // as above
    }
  }

  static ApiOutcome outcome(int status) {
    if (status == 429) {
      return ApiOutcome.RATE_LIMITED;
    }
    if (status >= 500) {
      return ApiOutcome.SERVER_ERROR;
    }
    return status >= 400 ? ApiOutcome.CLIENT_ERROR : ApiOutcome.OK;
  }
}
