package io.revbridge.store;

import java.time.Instant;

/**
 * One step of one lead's sequence.
 *
 * @param leadStatus the lead's status at enrollment; a different one later cancels the remaining steps
 * @param taskJson the rendered CRM task to create when the step is due
 */
public record SequenceStepRow(String recordKey, String sequence, int stepNo, String ownerId, String leadStatus,
    Instant dueAt, String taskJson, Instant enrolledAt) {
  public static final String PENDING = "PENDING";
  public static final String DONE = "DONE";
  public static final String CANCELLED = "CANCELLED";
}
