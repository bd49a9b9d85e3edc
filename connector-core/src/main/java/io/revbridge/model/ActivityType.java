package io.revbridge.model;

/** What kind of sales activity a CRM logged. */
public enum ActivityType {
  CALL,
  EMAIL,
  MEETING,
  TASK
}
