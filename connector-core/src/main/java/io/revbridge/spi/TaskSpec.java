package io.revbridge.spi;

import io.revbridge.model.RecordRef;
import io.revbridge.model.TaskPriority;
import io.revbridge.model.TaskType;
import java.time.Instant;
import java.util.List;

/**
 * A follow-up task to create, associated with the record it is about.
 *
 * @param idempotencyKey unique per intended task; the engine never creates two tasks with one key
 * @param alsoAbout further records of the same connection the task concerns (the person's company, a deal);
 *     adapters associate the task with them where the CRM can, and ignore the rest. Never null.
 */
public record TaskSpec(
    String idempotencyKey,
    RecordRef about,
    String ownerId,
    String subject,
    String body,
    Instant dueAt,
    TaskPriority priority,
    TaskType type,
    List<RecordRef> alsoAbout) {
  public TaskSpec {
    alsoAbout = alsoAbout == null ? List.of() : List.copyOf(alsoAbout);
  }

  /** A task about one record only. */
  public TaskSpec(String idempotencyKey, RecordRef about, String ownerId, String subject, String body, Instant dueAt,
      TaskPriority priority, TaskType type) {
    this(idempotencyKey, about, ownerId, subject, body, dueAt, priority, type, List.of());
  }
}
