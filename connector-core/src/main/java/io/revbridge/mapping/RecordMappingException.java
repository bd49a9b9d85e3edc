package io.revbridge.mapping;

import io.revbridge.mapping.transform.TextValues;
import io.revbridge.model.RecordRef;

/**
 * One CRM record whose value does not fit its canonical field. Only that record fails: the caller
 * dead-letters it with {@link #getMessage()} as the reason and maps the rest of the batch.
 */
public class RecordMappingException extends RuntimeException {
  private final RecordRef record;
  private final String crmField;
  private final String value;
  private final String canonicalTarget;
  private final String reason;

  /**
   * @param crmField the CRM field(s) the value came from; {@code (constant)} for a value from the mapping itself
   * @param value the CRM's text as it was read
   */
  public RecordMappingException(RecordRef record, String crmField, String value, String canonicalTarget, String reason) {
    super("cannot map " + record + ": " + crmField + " = " + TextValues.quote(value) + " does not fit "
        + canonicalTarget + ": " + reason);
    this.record = record;
    this.crmField = crmField;
    this.value = value;
    this.canonicalTarget = canonicalTarget;
    this.reason = reason;
  }

  public RecordRef record() {
    return record;
  }

  public String crmField() {
    return crmField;
  }

  public String value() {
    return value;
  }

  public String canonicalTarget() {
    return canonicalTarget;
  }

  public String reason() {
    return reason;
  }
}
