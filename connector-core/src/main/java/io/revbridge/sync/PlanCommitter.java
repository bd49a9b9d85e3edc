package io.revbridge.sync;

import io.revbridge.spi.TaskSpec;
import io.revbridge.store.DeadLetterDraft;
import io.revbridge.store.NotificationDraft;
import io.revbridge.store.OutboxDraft;
import io.revbridge.store.OutboxKind;
import io.revbridge.store.Store;
import io.revbridge.model.RecordRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Persists a plan. Order matters for crash safety: outbox rows first (idempotent by key), the inbox
 * entries marked done last, so a crash in between only makes the batch run again, with the same keys.
 */
final class PlanCommitter {
  private final Store store;

  PlanCommitter(Store store) {
    this.store = store;
  }

  void commit(BatchPlan plan) {
    List<OutboxDraft> writes = new ArrayList<>();
    for (FieldUpdate update : plan.updates()) {
      var w = update.write();
      writes.add(new OutboxDraft(w.idempotencyKey(), w.ref().connection(), w.ref().objectType(),
          w.ref().id(), OutboxKind.FIELD_UPDATE, Json.write(update)));
    }
    for (TaskSpec task : plan.tasks()) {
      writes.add(new OutboxDraft(task.idempotencyKey(), task.about().connection(), "tasks",
          task.about().id(), OutboxKind.CREATE_TASK, Json.write(task)));
    }
    // A batch's rows go in a few transactions, not one each: a commit is most of what a row costs.
    store.outbox().enqueueAll(writes);
    RoutingEffects routing = plan.routing();
    for (NotificationDraft n : routing.notifications()) {
      store.notifications().enqueue(n.key(), n.kind(), n.payload(), plan.plannedAt());
    }
    store.slas().observeAll(routing.observations());
    store.sequences().observeAll(routing.observations());
    store.sequences().enroll(routing.enrollments());
    routing.slaStarts().forEach(store.slas()::start);
    for (DeadLetterDraft dead : plan.deadLetters()) {
      store.deadLetters().add(dead);
    }
    store.audit().appendAll(plan.audits());
    Map<RecordRef, Map<String, String>> fingerprints = new LinkedHashMap<>();
    plan.inputs().forEach((ref, fingerprint) -> fingerprints.put(ref, Map.of(InputFingerprint.LEDGER_FIELD, fingerprint)));
    store.ledger().recordAll(fingerprints, plan.plannedAt());
    store.inbox().markDone(plan.handledInboxIds());
  }
}
