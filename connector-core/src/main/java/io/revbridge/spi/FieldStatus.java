package io.revbridge.spi;

/** Whether one of Revbridge's fields exists in the CRM, after a check or an ensure. */
public record FieldStatus(FieldSpec field, State state, String detail) {
  public enum State {
    EXISTS,
    CREATED,
    MISSING,
    FAILED
  }
}
