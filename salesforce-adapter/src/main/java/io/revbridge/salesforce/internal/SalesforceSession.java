package io.revbridge.salesforce.internal;

import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.SessionHeader_element;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.ConnectorConfig;
import com.sforce.ws.SessionRenewer;
import io.revbridge.spi.ConnectionCrmException;
import io.revbridge.spi.CrmException;
import javax.xml.namespace.QName;

/**
 * The partner SOAP session of one connection, configured from an OAuth token (SOAP {@code login()} is gone
 * at API 65.0). A refused session ({@code INVALID_SESSION_ID}) gets one fresh token and the call is
 * repeated once: through force-wsc's {@link SessionRenewer} when wsc recognises the fault, by hand when
 * it does not.
 *
 * <p>Thread-safe by serialising calls: a {@link PartnerConnection} is not safe to share between threads,
 * and one connection's calls are few and batched.
 */
public final class SalesforceSession {
  private static final QName SESSION_HEADER = new QName("urn:partner.soap.sforce.com", "SessionHeader");

  private final SalesforceOptions options;
  private final SalesforceTokenClient tokens;
  private final SalesforceLimits limits;
  private final SalesforceRetry retry;
  private final SalesforceApiEvents events;
  private PartnerConnection connection;
  private String instanceUrl;
  private int renewals;
  private CrmException renewalFailure;

  public SalesforceSession(SalesforceOptions options, SalesforceTokenClient tokens, SalesforceLimits limits) {
    this(options, tokens, limits, SalesforceRetry.sleeping(options.retryFirstWait().toMillis()));
  }

  SalesforceSession(SalesforceOptions options, SalesforceTokenClient tokens, SalesforceLimits limits,
      SalesforceRetry retry) {
    this.options = options;
    this.tokens = tokens;
    this.limits = limits;
    this.retry = retry;
    this.events = new SalesforceApiEvents(options.connection());
  }

  /**
   * Runs one call that may safely be repeated (reads, updates to fixed values), retrying transient
   * failures ({@link SalesforceRetry}); failures come out typed ({@link SalesforceFaults}).
   *
   * @param what the call in words, for messages ("query Lead")
   */
  public synchronized <T> T call(String what, SoapCall<T> call) {
    return retry.run(() -> callOnce(what, call));
  }

  /** Runs one call exactly once (creates: a repeat after a lost answer would create twice). */
  public synchronized <T> T callOnce(String what, SoapCall<T> call) {
    PartnerConnection c = connection();
    int renewalsBefore = renewals;
    try {
      return recorded(c, reported(c, call));
    } catch (ConnectionException e) {
      if (SalesforceFaults.code(e).equals("REQUEST_LIMIT_EXCEEDED")) {
        limits.exhausted(SalesforceFaults.LIMIT_PAUSE);
        events.dailyLimit(SalesforceFaults.LIMIT_PAUSE);
      }
      if (renewalFailure != null) {
        CrmException failure = renewalFailure;
        renewalFailure = null;
        throw failure;
      }
      if (!SalesforceFaults.code(e).equals("INVALID_SESSION_ID") || renewals != renewalsBefore) {
        throw SalesforceFaults.translate(options.connection(), what, e);
      }
      // wsc renews only for some fault strings; any refused session gets one new token here
      renew(c.getConfig());
      try {
        return recorded(c, reported(c, call));
      } catch (ConnectionException again) {
        if (SalesforceFaults.code(again).equals("REQUEST_LIMIT_EXCEEDED")) {
          limits.exhausted(SalesforceFaults.LIMIT_PAUSE);
          events.dailyLimit(SalesforceFaults.LIMIT_PAUSE);
        }
        throw SalesforceFaults.translate(options.connection(), what, again);
      }
    }
  }

  /** The instance the current token belongs to, after the first call. */
  public synchronized String instanceUrl() {
    connection();
    return instanceUrl;
  }

  /** How many times the session was renewed (for check and tests). */
  public synchronized int renewals() {
    return renewals;
  }

  public SalesforceLimits limits() {
    return limits;
  }

  /** From now on, every call of this session and every limit hold is reported to {@code listener}. */
  public void listen(io.revbridge.spi.ApiListener listener) {
    events.listen(listener);
  }

  /** One exchange, reported to the listener however it ends. */
  private <T> T reported(PartnerConnection c, SoapCall<T> call) throws ConnectionException {
    try {
      T result = call.call(c);
      events.succeeded();
      return result;
    } catch (ConnectionException e) {
      events.failed(e);
      throw e;
    }
  }

  private <T> T recorded(PartnerConnection c, T result) {
    limits.record(c.getLimitInfoHeader());
    return result;
  }

  private PartnerConnection connection() {
    if (connection != null) {
      return connection;
    }
    SalesforceToken token = tokens.fetch();
    ConnectorConfig config = new ConnectorConfig();
    config.setManualLogin(true);
    config.setSessionId(token.accessToken().reveal());
    config.setServiceEndpoint(options.serviceEndpoint(token.instanceUrl()));
    config.setAuthEndpoint(options.serviceEndpoint(token.instanceUrl()));
    // wsc waits forever unless told otherwise
    config.setConnectionTimeout((int) options.connectTimeout().toMillis());
    config.setReadTimeout((int) options.readTimeout().toMillis());
    config.setSessionRenewer(new Renewer());
    // A streamed body: the JDK's HttpURLConnection otherwise sends a POST again by itself when the connection
    // breaks before the answer (sun.net.http.retryPost), unseen by the retry policy and the metrics, and for a
    // create that Salesforce had applied, a second task.
    config.setUseChunkedPost(true);
    try {
      PartnerConnection created = new PartnerConnection(config);
      created.setQueryOptions(options.queryBatchSize());
      instanceUrl = token.instanceUrl();
      connection = created;
      return created;
    } catch (ConnectionException e) {
      throw new ConnectionCrmException("SESSION", options.connection() + ": cannot set up the SOAP session on "
          + token.instanceUrl() + " (" + e.getMessage() + ")", e);
    }
  }

  /** Asks for a new token and points the session at it; the header goes on the repeated call. */
  private SessionHeader_element renew(ConnectorConfig config) {
    renewals++;
    SalesforceToken token = tokens.fetch();
    config.setSessionId(token.accessToken().reveal());
    config.setServiceEndpoint(options.serviceEndpoint(token.instanceUrl()));
    instanceUrl = token.instanceUrl();
    connection.setSessionHeader(token.accessToken().reveal());
    SessionHeader_element header = new SessionHeader_element();
    header.setSessionId(token.accessToken().reveal());
    return header;
  }

  private final class Renewer implements SessionRenewer {
    @Override
    public SessionRenewalHeader renewSession(ConnectorConfig config) throws ConnectionException {
      try {
        SessionRenewalHeader renewal = new SessionRenewalHeader();
        renewal.name = SESSION_HEADER;
        renewal.headerElement = renew(config);
        return renewal;
      } catch (CrmException e) {
        renewalFailure = e; // rethrown typed by call(); wsc only knows ConnectionException
        throw new ConnectionException("session renewal failed");
      }
    }
  }
}
