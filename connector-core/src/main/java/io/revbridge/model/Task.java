package io.revbridge.model;

import java.time.Instant;

/** A follow-up task as it exists in a CRM (read back, e.g. to check an idempotency key before creating again). */
public record Task(
    RecordRef ref,
    Instant modifiedAt,
    String subject,
    String body,
    String ownerId,
    Instant dueAt,
    TaskPriority priority,
    TaskType type,
    boolean completed,
    RecordRef about) {}
