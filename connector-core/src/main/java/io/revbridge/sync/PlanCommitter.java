package io.revbridge.sync;

import io.revbridge.spi.TaskSpec;
import io.revbridge.store.DeadLetterDraft;
import io.revbridge.store.NotificationDraft;
import io.revbridge.store.OutboxDraft;
import io.revbridge.store.OutboxKind;
import io.revbridge.store.SlaStore;
import io.revbridge.store.Store;
import io.revbridge.model.RecordRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Persists a plan in one transaction: the outbox rows, routing and audit state, and the inbox entries marked done
 * happen together or not at all, so a crash makes the batch run again, with the same keys. One commit per batch,
 * not one per table: on H2 each commit writes the file.
 */
final class PlanCommitter {
  private final Store store;
  private final Consumer<SlaStore.Response> firstTouches;

  /** @param firstTouches told of every SLA clock a status change gives its first touch (response-time metrics) */
  PlanCommitter(Store store, Consumer<SlaStore.Response> firstTouches) {
    this.store = store;
    this.firstTouches = firstTouches;
  }

  void commit(BatchPlan plan) {
    List<SlaStore.Response> touched = new ArrayList<>();
    store.inOneTransaction("store the batch's plan", () -> touched.addAll(persist(plan)));
    // after the commit: a rolled-back batch must not count response times it will count again when it reruns
    touched.forEach(firstTouches);
  }

  private List<SlaStore.Response> persist(BatchPlan plan) {
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
    store.outbox().enqueueAll(writes);
    RoutingEffects routing = plan.routing();
    for (NotificationDraft n : routing.notifications()) {
      store.notifications().enqueue(n.key(), n.kind(), n.payload(), plan.plannedAt());
    }
    List<SlaStore.Response> touched = store.slas().observeAll(routing.observations());
    store.sequences().observeAll(routing.observations());
    store.sequences().enroll(routing.enrollments());
    store.sequences().stop(routing.sequenceStops());
    routing.slaStarts().forEach(store.slas()::start);
    routing.reassignments().forEach(r -> store.slas().settleReassignment(r.reassignment(), r.outcome()));
    store.routing().observe(routing.leads());
    for (DeadLetterDraft dead : plan.deadLetters()) {
      store.deadLetters().add(dead);
    }
    store.audit().appendAll(plan.audits());
    // Per planned record: the digest of its inputs (echo detection) and the version planned (ordering).
    Map<RecordRef, Map<String, String>> planned = new LinkedHashMap<>();
    plan.inputs().forEach((ref, fingerprint) ->
        planned.computeIfAbsent(ref, r -> new java.util.HashMap<>()).put(InputFingerprint.LEDGER_FIELD, fingerprint));
    plan.versions().forEach((ref, version) ->
        planned.computeIfAbsent(ref, r -> new java.util.HashMap<>()).put(RecordVersions.LEDGER_FIELD, version));
    store.ledger().recordAll(planned, plan.plannedAt());
    store.inbox().markDone(plan.handledInboxIds());
    return touched;
  }
}
