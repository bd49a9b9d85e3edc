package io.revbridge.mapping.transform;

/**
 * A value that a transform or a canonical field's type cannot take ("{@code lots} is not a whole number").
 * The message is written for a person and names the value; callers add which record and field it came from.
 */
public class BadValueException extends RuntimeException {
  public BadValueException(String message) {
    super(message);
  }
}
