package io.revbridge.salesforce.internal;

import com.sforce.ws.ConnectionException;
import io.revbridge.spi.ApiListener;
import io.revbridge.spi.ApiOutcome;
import io.revbridge.spi.RateLimitWait;
import java.time.Duration;
import java.util.Set;

/**
 * Reports one connection's SOAP calls and limit holds to the {@link ApiListener} the app set (none until then).
 * Thread-safe; a listener that throws is ignored, since counting must never fail a call.
 */
final class SalesforceApiEvents {
  /** Faults that say Salesforce failed, not the request: the same call may well pass later. */
  private static final Set<String> SERVER_SIDE = Set.of("SERVER_UNAVAILABLE", "QUERY_TIMEOUT",
      "REQUEST_RUNNING_TOO_LONG", "UNABLE_TO_LOCK_ROW", "UNKNOWN_EXCEPTION");

  private final String connection;
  private volatile ApiListener listener = ApiListener.NONE;

  SalesforceApiEvents(String connection) {
    this.connection = connection;
  }

  void listen(ApiListener l) {
    this.listener = l == null ? ApiListener.NONE : l;
  }

  void succeeded() {
    called(ApiOutcome.OK);
  }

  /** A call that ended in a fault or without a usable answer. */
  void failed(ConnectionException e) {
    String code = SalesforceFaults.code(e);
    if (code.isEmpty()) {
      called(ApiOutcome.TRANSPORT_ERROR);
    } else if (code.equals("REQUEST_LIMIT_EXCEEDED")) {
      called(ApiOutcome.RATE_LIMITED);
    } else {
      called(SERVER_SIDE.contains(code) ? ApiOutcome.SERVER_ERROR : ApiOutcome.CLIENT_ERROR);
    }
  }

  /** The daily allocation is used up: every call is held for {@code hold}. */
  void dailyLimit(Duration hold) {
    try {
      listener.waited(connection, RateLimitWait.DAILY_LIMIT, hold);
    } catch (RuntimeException ignored) {
      // a metrics problem is not the call's problem
    }
  }

  private void called(ApiOutcome outcome) {
    try {
      listener.called(connection, outcome);
    } catch (RuntimeException ignored) {
      // as above
    }
  }
}
