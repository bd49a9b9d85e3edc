package io.revbridge.notify;

/** A channel refused or failed a message; {@code retryable} for 429, 5xx and transport failures. */
public final class ChannelException extends Exception {
  private final boolean retryable;

  public ChannelException(String message, boolean retryable) {
    super(message);
    this.retryable = retryable;
  }

  public boolean retryable() {
    return retryable;
  }
}
