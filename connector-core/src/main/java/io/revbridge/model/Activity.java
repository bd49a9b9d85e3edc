package io.revbridge.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A sales activity as a CRM holds it: a call, email, meeting or task, who owns it, whom it concerns and when it
 * happened. Values a CRM does not supply are {@code null}.
 *
 * @param ref the activity itself ({@code calls/123}, {@code Task/00T...})
 * @param ownerId the CRM user who logged or owns it
 * @param people the leads or contacts it concerns, first the primary one; never null
 * @param deals the deals (opportunities) it concerns; never null
 * @param occurredAt when it happened (a call's or email's time, a meeting's start, a task's due date)
 * @param direction inbound (the person wrote or called) or outbound; null when the CRM does not say
 * @param outcome the CRM's outcome or status text (call disposition, meeting outcome, task status)
 * @param completed whether it is done: a held call, a sent email, a completed meeting or task
 * @param byRevbridge a task Revbridge created (it carries Revbridge's task key): never a rep's own touch
 * @param modifiedAt when the CRM last changed it (the change feed's position)
 */
public record Activity(RecordRef ref, ActivityType type, String ownerId, List<RecordRef> people,
    List<RecordRef> deals, Instant occurredAt, ActivityDirection direction, String outcome, String subject,
    boolean completed, boolean byRevbridge, Instant modifiedAt) {
  public Activity {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(modifiedAt, "modifiedAt");
    people = people == null ? List.of() : List.copyOf(people);
    deals = deals == null ? List.of() : List.copyOf(deals);
  }

  /** Whether the person reached out: an inbound email or call. */
  public boolean inbound() {
    return direction == ActivityDirection.INBOUND;
  }
}
