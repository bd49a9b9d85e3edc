package io.revbridge.store;

import java.time.Instant;

/**
 * A sequence step with where it stands, as the record trail and the alerts show it.
 *
 * @param status {@link SequenceStepRow#PENDING}, {@link SequenceStepRow#DONE} or {@link SequenceStepRow#CANCELLED}
 * @param cancelReason why the remaining steps were cancelled, or null
 * @param settledAt when the step's task was queued or the step cancelled, or null while pending
 */
public record SequenceStepState(SequenceStepRow step, String status, String cancelReason, Instant settledAt) {}
