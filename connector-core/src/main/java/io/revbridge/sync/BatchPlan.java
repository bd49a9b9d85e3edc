package io.revbridge.sync;

import io.revbridge.model.RecordRef;
import io.revbridge.spi.TaskSpec;
import io.revbridge.store.AuditEntry;
import io.revbridge.store.DeadLetterDraft;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything one pipeline batch decided, not yet persisted: the caller either commits it (outbox, audit,
 * dead letters, inbox done) or, in a dry run, only shows it.
 *
 * @param handledInboxIds inbox entries this plan fully accounts for
 * @param scored the records that were scored
 * @param inputs per planned record, the digest of what its plan depended on ({@link InputFingerprint})
 * @param plannedAt when the plan was made
 * @param routing notifications, SLA clocks and lead observations routing left behind
 * @param versions per planned record, the version it was planned from ({@link RecordVersions})
 * @param mqlScores each scored person's MQL score (what the hand-off triggers on)
 */
public record BatchPlan(
    List<FieldUpdate> updates,
    List<TaskSpec> tasks,
    List<DeadLetterDraft> deadLetters,
    List<AuditEntry> audits,
    List<Long> handledInboxIds,
    List<RecordRef> scored,
    Map<RecordRef, String> inputs,
    Instant plannedAt,
    RoutingEffects routing,
    Map<RecordRef, String> versions,
    Map<RecordRef, Integer> mqlScores) {

  public BatchPlan {
    mqlScores = Map.copyOf(mqlScores);
  }

  /** A plan of records without MQL scores (deals). */
  public BatchPlan(List<FieldUpdate> updates, List<TaskSpec> tasks, List<DeadLetterDraft> deadLetters,
      List<AuditEntry> audits, List<Long> handledInboxIds, List<RecordRef> scored, Map<RecordRef, String> inputs,
      Instant plannedAt, RoutingEffects routing, Map<RecordRef, String> versions) {
    this(updates, tasks, deadLetters, audits, handledInboxIds, scored, inputs, plannedAt, routing, versions, Map.of());
  }

  /** A plan without routing effects. */
  public BatchPlan(List<FieldUpdate> updates, List<TaskSpec> tasks, List<DeadLetterDraft> deadLetters,
      List<AuditEntry> audits, List<Long> handledInboxIds, List<RecordRef> scored, Map<RecordRef, String> inputs,
      Instant plannedAt) {
    this(updates, tasks, deadLetters, audits, handledInboxIds, scored, inputs, plannedAt, RoutingEffects.NONE,
        Map.of(), Map.of());
  }
}
