package io.revbridge.store;

/**
 * The store could not do what was asked: it could not connect or migrate, the database refused a
 * statement, or a row named by id does not exist. The message names what failed and what to check; it
 * never contains a password.
 */
public class StoreException extends RuntimeException {
  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
