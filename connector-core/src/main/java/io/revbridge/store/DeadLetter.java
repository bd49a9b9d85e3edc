package io.revbridge.store;

import java.time.Instant;

/**
 * A dead letter as stored: the draft's fields, its id (what {@code dlq replay} takes) and when it was
 * replayed, if it was.
 *
 * @param replayedAt null until {@link DeadLetterStore#markReplayed} was called
 */
public record DeadLetter(
    long id,
    String connection,
    String objectType,
    String recordId,
    String stage,
    String errorCode,
    String message,
    String payload,
    Instant at,
    Instant replayedAt) {}
