package io.revbridge.spi;

/** The CRM rejected this request as invalid; repeating it unchanged will fail again. */
public final class RejectedCrmException extends CrmException {
  public RejectedCrmException(String code, String message, Throwable cause) {
    super(code, message, cause);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.PERMANENT_ITEM;
  }
}
