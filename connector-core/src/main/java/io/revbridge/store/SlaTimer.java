package io.revbridge.store;

import java.time.Instant;

/**
 * One SLA clock: a lead's owner must first touch it by {@code dueAt}.
 *
 * @param leadStatus the lead's status when the clock started; a different one later is the first touch
 */
public record SlaTimer(String recordKey, String ownerId, String team, String grade, String leadStatus,
    Instant startedAt, Instant remindAt, Instant dueAt) {
  public static final String OPEN = "OPEN";
  public static final String TOUCHED = "TOUCHED";
  public static final String STOPPED = "STOPPED";
  public static final String BREACHED = "BREACHED";
}
