package io.revbridge.handoff;

import io.revbridge.spi.CrmError;
import io.revbridge.spi.CrmException;
import io.revbridge.spi.ErrorKind;
import java.util.List;
import java.util.Map;

/**
 * A hand-off step the CRM refused, with the CRM's own error, so the runner can tell a validation error (a dead
 * letter at once) from a passing one (tried again later).
 */
final class HandoffFailure extends RuntimeException {
  private final transient CrmError error;
  private final transient Map<String, String> values;

  /** @param values what the refused write or create sent, kept in the dead letter's payload */
  HandoffFailure(String what, CrmError error, Map<String, String> values) {
    super(what + ": " + error.code() + " " + error.message()
        + (error.fields().isEmpty() ? "" : " (fields: " + String.join(", ", error.fields()) + ")"));
    this.error = error;
    Map<String, String> sent = new java.util.LinkedHashMap<>(values);
    sent.values().removeIf(java.util.Objects::isNull);
    this.values = java.util.Collections.unmodifiableMap(sent);
  }

  CrmError error() {
    return error;
  }

  /** What was sent, empty when the failure was not a write. */
  static Map<String, String> valuesOf(RuntimeException e) {
    return e instanceof HandoffFailure f ? f.values : Map.of();
  }

  /** The CRM's error behind any failure of a step; an unexpected exception counts as a passing failure. */
  static CrmError errorOf(RuntimeException e) {
    if (e instanceof HandoffFailure f) {
      return f.error();
    }
    if (e instanceof CrmException c) {
      return new CrmError(c.kind(), c.code(), String.valueOf(c.getMessage()), List.of());
    }
    return new CrmError(ErrorKind.RETRYABLE, e.getClass().getSimpleName(), String.valueOf(e.getMessage()),
        List.of());
  }

  /** The message for people: ours for a refused step, the CRM's for a failed call. */
  static String describe(RuntimeException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
