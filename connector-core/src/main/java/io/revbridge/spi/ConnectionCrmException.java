package io.revbridge.spi;

/** Nothing on this connection can succeed until a person acts: bad credentials, missing scope. */
public final class ConnectionCrmException extends CrmException {
  public ConnectionCrmException(String code, String message, Throwable cause) {
    super(code, message, cause);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.PERMANENT_CONNECTION;
  }
}
