package io.revbridge.model;

/** Who started an activity: the rep ({@code OUTBOUND}) or the person ({@code INBOUND}, e.g. a reply). */
public enum ActivityDirection {
  INBOUND,
  OUTBOUND
}
