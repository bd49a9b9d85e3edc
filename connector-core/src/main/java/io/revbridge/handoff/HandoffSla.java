package io.revbridge.handoff;

import io.revbridge.model.RecordRef;
import io.revbridge.routing.RoutingPlaybook;
import io.revbridge.spi.CrmRecord;
import io.revbridge.store.AuditEntry;
import io.revbridge.store.HandoffLink;
import io.revbridge.store.SlaStore;
import io.revbridge.store.SlaTimer;
import io.revbridge.store.Store;
import io.revbridge.sync.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The hand-off's SLA as two clocks on the Salesforce lead's owner, run by the same machinery as routing's first-touch
 * clock ({@link io.revbridge.sync.SlaWatch}): a reminder part-way ({@code sla.reminderPercent} of routing.yaml) and,
 * on a breach, routing.yaml's escalation (the team manager notified, an escalation task for the owner). One clock
 * runs until the owner responds (changes the lead's status), the other until meaningful contact (an accepted status;
 * a rejection with or without its reason, or a conversion, also settles it). A person giving the lead to another
 * owner stops both, as with routing's clock. A matched Salesforce contact has no status to watch: no clocks.
 */
final class HandoffSla {
  static final String GRADE = "MQL hand-off";

  private final Store store;
  private final RoutingPlaybook routing;
  private final HandoffPlaybook playbook;

  HandoffSla(Store store, RoutingPlaybook routing, HandoffPlaybook playbook) {
    this.store = store;
    this.routing = routing;
    this.playbook = playbook;
  }

  /** Starts both clocks for the owner the lead has at hand-over (a clock already running is kept). */
  void start(HandoffLink link, RecordRef lead, String owner) {
    if (owner == null || owner.isBlank() || link.handedAt() == null || link.respondDueAt() == null) {
      return;
    }
    String team = team(lead, owner).orElse(null);
    Instant start = link.handedAt();
    if (link.respondedAt() == null) {
      store.slas().start(timer(SlaTimer.HANDOFF_RESPOND, lead, owner, team, link, start, link.respondDueAt()));
    }
    if (link.acceptedAt() == null && link.rejectedAt() == null) {
      store.slas().start(timer(SlaTimer.HANDOFF_CONTACT, lead, owner, team, link, start, link.contactDueAt()));
    }
  }

  private SlaTimer timer(String clock, RecordRef lead, String owner, String team, HandoffLink link, Instant start,
      Instant due) {
    Duration sla = Duration.between(start, due);
    Instant remind = start.plus(sla.multipliedBy(routing.slaPolicy().reminderPercent()).dividedBy(100));
    return new SlaTimer(SlaTimer.key(lead.key(), clock), owner, team, GRADE, link.initialStatus(), start, remind,
        due);
  }

  /** What the feedback loop read of a handed-over lead, for both clocks. */
  List<SlaStore.Observation> observe(HandoffLink link, CrmRecord lead, Instant now) {
    String status = lead.field("Status");
    String owner = lead.field("OwnerId");
    boolean meaningful = playbook.statuses().accepted(status) || playbook.statuses().rejected(status)
        || "true".equalsIgnoreCase(lead.field("IsConverted"));
    return List.of(
        new SlaStore.Observation(SlaTimer.key(lead.ref().key(), SlaTimer.HANDOFF_RESPOND), owner, status, now),
        new SlaStore.Observation(SlaTimer.key(lead.ref().key(), SlaTimer.HANDOFF_CONTACT), owner,
            meaningful ? status : link.initialStatus(), now));
  }

  /** The team routing gave the lead to this owner in, for its manager's escalation; empty for a kept owner. */
  private Optional<String> team(RecordRef lead, String owner) {
    return store.audit().forRecord(lead).stream().filter(e -> e.stage().equals("route"))
        .max(Comparator.comparing(AuditEntry::at))
        .flatMap(e -> {
          try {
            var detail = Json.mapper().readTree(e.detailJson());
            return owner.equals(detail.path("owner").asText(null)) && detail.hasNonNull("team")
                ? Optional.of(detail.get("team").asText()) : Optional.empty();
          } catch (java.io.IOException | RuntimeException unreadable) {
            return Optional.empty();
          }
        });
  }
}
