package io.revbridge.sync;

import io.revbridge.enrichment.EnrichedPerson;
import io.revbridge.model.Person;
import io.revbridge.notify.HotLeadNotice;
import io.revbridge.routing.BattleCardTask;
import io.revbridge.routing.RoutingDecision;
import io.revbridge.routing.RoutingPlaybook;
import io.revbridge.scoring.LeadScore;
import io.revbridge.spi.TaskSpec;
import io.revbridge.store.AuditEntry;
import io.revbridge.store.NotificationDraft;
import io.revbridge.store.SequenceStepRow;
import io.revbridge.store.SlaStore;
import io.revbridge.store.SlaTimer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects, for one batch, what each routing decision sets in motion besides the owner write: its audit entry,
 * the battle-card task, the hot-lead notification, the SLA clock, sequence enrollments, and the lead as seen
 * (which may stop an earlier clock or sequence). Writes nothing; the plan's committer does.
 */
final class RoutingOutcomes {
  private final RoutingPlaybook playbook;
  private final Duration taskDue;
  private final List<NotificationDraft> notices = new ArrayList<>();
  private final List<SlaTimer> clocks = new ArrayList<>();
  private final List<SlaStore.Observation> seen = new ArrayList<>();
  private final List<SequenceStepRow> enrollments = new ArrayList<>();
  private final List<RoutingEffects.Settled> reassignments = new ArrayList<>();
  private final List<io.revbridge.store.RoutingStore.LeadState> leads = new ArrayList<>();
  private final List<io.revbridge.store.SequenceStore.Stop> stops = new ArrayList<>();

  RoutingOutcomes(RoutingPlaybook playbook, Duration taskDue) {
    this.playbook = playbook;
    this.taskDue = taskDue;
  }

  /** @param mqlCrossed whether this pass saw the lead cross the MQL threshold (a sequence trigger) */
  void add(EnrichedPerson lead, LeadScore score, RoutingDecision route, boolean mqlCrossed, ConnectionContext ctx,
      Instant now, List<TaskSpec> tasks, List<AuditEntry> audits) {
    Person person = lead.person();
    audits.add(new AuditEntry(person.ref(), "route", summary(route), Json.write(route.describe()), now));
    BattleCardTask.plan(route, person.ref(), taskDue, now).ifPresent(tasks::add);
    Optional<io.revbridge.model.Owner> owner = ctx.owners().stream().filter(o -> o.id().equals(route.ownerId()))
        .findFirst();
    String ownerName = owner.map(o -> o.displayName()).orElse(route.ownerId());
    String ownerPhone = owner.flatMap(o -> playbook.phoneOf(o.email())).orElse(null);
    HotLeadNotice.of(person, score, route, ownerName, ownerPhone)
        .ifPresent(n -> notices.add(new NotificationDraft(n.getKey(), HotLeadNotice.KIND, n.getValue())));
    seen.add(new SlaStore.Observation(person.ref().key(), person.ownerId(), person.leadStatus(), now,
        playbook.slaPolicy().touchedBy(SlaStore.STATUS_CHANGE)));
    slaClock(person, score, route, now).ifPresent(clocks::add);
    String ownerNow = route.changesOwner() ? route.ownerId() : person.ownerId();
    boolean closed = playbook.closed(person.leadStatus(), person.lifecycleStage());
    leads.add(new io.revbridge.store.RoutingStore.LeadState(person.ref().connection(), person.ref().key(), ownerNow,
        closed ? (playbook.closed(person.leadStatus(), null) ? person.leadStatus() : person.lifecycleStage()) : null,
        now));
    if (person.unsubscribed()) {
      // no follow-up sequence for a person who unsubscribed: the remaining steps stop, and none start
      stops.add(new io.revbridge.store.SequenceStore.Stop(person.ref().key(), "unsubscribed (email opt-out)", now));
      return;
    }
    for (SequenceStepRow step : SequencePlanner.plan(lead, score, route, ownerName, playbook.sequences(), mqlCrossed,
        now)) {
      enrollments.add(step);
      if (!step.dueAt().isAfter(now)) {
        // A step due now is written with this batch; the runner finds its key taken and only marks it done.
        tasks.add(Json.read(step.taskJson(), TaskSpec.class));
      }
    }
  }

  /** A reassignment after an SLA breach that this batch carried out or found unneeded. */
  void settled(SlaStore.Reassignment reassignment, String outcome) {
    reassignments.add(new RoutingEffects.Settled(reassignment, outcome));
  }

  RoutingEffects effects() {
    return new RoutingEffects(notices, clocks, seen, enrollments, reassignments, leads, stops);
  }

  /** A new owner's SLA clock starts now, with its reminder part-way. */
  private Optional<SlaTimer> slaClock(Person person, LeadScore score, RoutingDecision route, Instant now) {
    if (!route.changesOwner() || route.sla().isEmpty()) {
      return Optional.empty();
    }
    Duration sla = route.sla().get();
    Instant remind = now.plus(sla.multipliedBy(playbook.slaPolicy().reminderPercent()).dividedBy(100));
    return Optional.of(new SlaTimer(person.ref().key(), route.ownerId(), route.team(), score.grade().name(),
        person.leadStatus(), now, remind, now.plus(sla)));
  }

  private static String summary(RoutingDecision route) {
    String summary = route.ownerId() == null ? "no owner"
        : (route.changesOwner() ? "owner " : "kept owner ") + route.ownerId();
    return summary.length() <= 500 ? summary : summary.substring(0, 500);
  }
}
