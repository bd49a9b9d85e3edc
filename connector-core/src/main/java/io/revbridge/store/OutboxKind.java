package io.revbridge.store;

/** What an outbox row asks the CRM to do. */
public enum OutboxKind {
  /** Update fields of an existing record; the payload holds the field values. */
  FIELD_UPDATE,
  /** Create a follow-up task; the payload holds the task. */
  CREATE_TASK
}
