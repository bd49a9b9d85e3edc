package io.revbridge.spi;

import java.time.Duration;
import java.util.Optional;

/** Try the same call again later: rate limited, server error, timeout. */
public final class RetryableCrmException extends CrmException {
  private final Duration retryAfter;

  public RetryableCrmException(String code, String message, Duration retryAfter, Throwable cause) {
    super(code, message, cause);
    this.retryAfter = retryAfter;
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.RETRYABLE;
  }

  @Override
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
