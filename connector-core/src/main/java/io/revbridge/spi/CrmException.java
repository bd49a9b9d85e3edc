package io.revbridge.spi;

import java.time.Duration;
import java.util.Optional;

/**
 * A whole call to the CRM failed. The subtype tells the engine what to do; the message is for people and
 * never contains a token or secret.
 */
public abstract sealed class CrmException extends RuntimeException
    permits RetryableCrmException, RejectedCrmException, ConnectionCrmException {

  private final String code;

  protected CrmException(String code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  /** The CRM's error code or category, or the HTTP status as text. */
  public String code() {
    return code;
  }

  public abstract ErrorKind kind();

  /** How long the CRM asked us to wait, when it said. */
  public Optional<Duration> retryAfter() {
    return Optional.empty();
  }
}
