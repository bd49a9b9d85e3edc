package io.revbridge.sync;

import io.revbridge.model.RecordRef;
import io.revbridge.model.TaskPriority;
import io.revbridge.model.TaskType;
import io.revbridge.notify.SlaNotice;
import io.revbridge.routing.RoutingPlaybook;
import io.revbridge.routing.Team;
import io.revbridge.spi.TaskSpec;
import io.revbridge.store.InboxDraft;
import io.revbridge.store.NotificationDraft;
import io.revbridge.store.OutboxDraft;
import io.revbridge.store.OutboxKind;
import io.revbridge.store.SlaTimer;
import io.revbridge.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Runs the SLA clocks: reminders once their time comes, and the playbook's escalation for each breach — a breach
 * notification naming the team's manager, a high-priority escalation task for the owner (through the outbox,
 * like every CRM write), and a reassignment to the team's next available rep (queued as a change of the lead, so the
 * sync pass routes it with the CRM's current owners). Each reminder and breach is taken by exactly one caller, across instances. Call it
 * every few seconds; it never blocks on a CRM or a chat service.
 */
public final class SlaWatch {
  private static final Duration ESCALATION_TASK_DUE = Duration.ofHours(1);

  private final Store store;
  private final RoutingPlaybook playbook;
  private final Clock clock;

  public SlaWatch(Store store, RoutingPlaybook playbook, Clock clock) {
    this.store = store;
    this.playbook = playbook;
    this.clock = clock;
  }

  /** What one check did. */
  public record Result(int reminders, int breaches) {}

  public Result check() {
    Instant now = clock.instant();
    int reminders = 0;
    for (SlaTimer t : store.slas().takeReminders(now)) {
      if (t.dueAt().isAfter(now)) {
        queue(SlaNotice.reminder(t, now), now);
        reminders++;
      }
    }
    var breaches = store.slas().takeBreaches(now);
    for (SlaTimer t : breaches) {
      if (playbook.slaPolicy().escalation().contains("notify")) {
        String manager = Optional.ofNullable(t.team()).map(playbook.teams()::get).map(Team::manager).orElse(null);
        queue(SlaNotice.breach(t, manager), now);
      }
      if (playbook.slaPolicy().escalation().contains("task")) {
        TaskSpec task = escalationTask(t, now);
        store.outbox().enqueue(new OutboxDraft(task.idempotencyKey(), task.about().connection(), "tasks",
            task.about().id(), OutboxKind.CREATE_TASK, Json.write(task)));
      }
      if (playbook.slaPolicy().escalation().contains("reassign") && t.team() != null) {
        // The lead is routed again on the sync thread, which holds the CRM's owners: asked here, done there.
        store.slas().requestReassign(t);
        RecordRef lead = ref(t);
        store.inbox().add(List.of(new InboxDraft("sla:reassign:" + t.recordKey() + ":" + t.ownerId() + ":"
            + t.startedAt(), lead.connection(), lead.objectType(), lead.id(), "UPSERT", now, null)));
      }
    }
    return new Result(reminders, breaches.size());
  }

  private void queue(NotificationDraft d, Instant now) {
    store.notifications().enqueue(d.key(), d.kind(), d.payload(), now);
  }

  private static RecordRef ref(SlaTimer t) {
    String[] parts = t.record().split("/", 3);
    return new RecordRef(parts[0], parts[1], parts[2]);
  }

  private static TaskSpec escalationTask(SlaTimer t, Instant now) {
    RecordRef about = ref(t);
    long minutes = Duration.between(t.startedAt(), t.dueAt()).toMinutes();
    return new TaskSpec("task:sla-escalation:" + t.recordKey() + ":" + t.ownerId() + ":" + t.startedAt(), about,
        t.ownerId(), "SLA breached: contact this " + t.grade() + " lead now", t.clock().isEmpty()
            ? "Revbridge routed this lead to you at " + t.startedAt() + " with a first-touch SLA of " + minutes
                + " minutes, due " + t.dueAt() + ". No first touch (status change) was seen in time."
            : SlaNotice.what(t) + " at " + t.startedAt() + " with an SLA of " + minutes + " minutes, due "
                + t.dueAt() + ". " + SlaNotice.missing(t) + " was not seen in time.",
        now.plus(ESCALATION_TASK_DUE), TaskPriority.HIGH, TaskType.CALL);
  }
}
