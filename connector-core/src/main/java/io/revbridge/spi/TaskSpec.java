package io.revbridge.spi;

import io.revbridge.model.RecordRef;
import io.revbridge.model.TaskPriority;
import io.revbridge.model.TaskType;
import java.time.Instant;

/**
 * A follow-up task to create, associated with the record it is about.
 *
 * @param idempotencyKey unique per intended task; the engine never creates two tasks with one key
 */
public record TaskSpec(
    String idempotencyKey,
    RecordRef about,
    String ownerId,
    String subject,
    String body,
    Instant dueAt,
    TaskPriority priority,
    TaskType type) {}
