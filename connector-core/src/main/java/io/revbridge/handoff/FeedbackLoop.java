package io.revbridge.handoff;

import io.revbridge.model.Person;
import io.revbridge.model.TaskPriority;
import io.revbridge.routing.Sequence;
import io.revbridge.routing.SequenceStep;
import io.revbridge.spi.CrmRecord;
import io.revbridge.spi.TaskSpec;
import io.revbridge.store.AuditEntry;
import io.revbridge.store.HandoffLink;
import io.revbridge.store.SequenceStepRow;
import io.revbridge.store.Store;
import io.revbridge.sync.Json;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Salesforce → HubSpot: reads the linked Salesforce records and carries sales' outcome back (accepted → lifecycle
 * stage sales-qualified lead; rejected with its reason → lifecycle stage back to lead and the recycling sequence;
 * converted → opportunity; the converted opportunity closed won → customer), then keeps the synced fields in step by
 * their {@link SyncRule}. Every conflict decision is recorded in the audit (stage {@value HandoffRunner#STAGE}).
 */
public final class FeedbackLoop {
  static final String SYNCED = "handoff.synced.";
  private static final List<String> WATCHED = List.of(HandoffLink.HANDED_OVER, HandoffLink.ACCEPTED,
      HandoffLink.AWAITING_REASON, HandoffLink.REJECTED, HandoffLink.CONVERTED);

  private final Store store;
  private final HandoffPlaybook playbook;
  private final List<Sequence> sequences;
  private final HandoffSide hubspot;
  private final HandoffSide lead;
  private final HandoffSide contact;
  private final Clock clock;

  FeedbackLoop(Store store, HandoffPlaybook playbook, List<Sequence> sequences, HandoffSide hubspot,
      HandoffSide lead, HandoffSide contact, Clock clock) {
    this.store = store;
    this.playbook = playbook;
    this.sequences = sequences;
    this.hubspot = hubspot;
    this.lead = lead;
    this.contact = contact;
    this.clock = clock;
  }

  public record Result(int accepted, int rejected, int converted, int won, int lost, int fieldsSynced, int conflicts) {
    public static final Result NONE = new Result(0, 0, 0, 0, 0, 0, 0);
  }

  public Result run() {
    List<HandoffLink> links = store.handoffs().withStatus(WATCHED, 10_000);
    if (links.isEmpty()) {
      return Result.NONE;
    }
    int[] c = new int[7];
    Map<String, CrmRecord> hs = index(hubspot.connection().reader().read(hubspot.objectType(),
        links.stream().map(HandoffLink::hubspotId).toList(), hubspotFields()));
    Map<String, CrmRecord> sf = new HashMap<>();
    for (HandoffSide side : List.of(lead, contact)) {
      List<String> ids = links.stream().filter(l -> side.objectType().equals(l.salesforceObject()))
          .map(HandoffLink::salesforceId).toList();
      if (!ids.isEmpty()) {
        sf.putAll(index(side.connection().reader().read(side.objectType(), ids, salesforceFields(side))));
      }
    }
    Map<String, String> opportunityStages = opportunities(sf.values());
    for (HandoffLink link : links) {
      CrmRecord h = hs.get(link.hubspotId());
      CrmRecord s = sf.get(link.salesforceId());
      if (h == null || s == null) {
        continue; // gone on one side: nothing to carry; the deletion is the sync engine's to record
      }
      try {
        if (link.salesforceObject().equals(lead.objectType())) {
          outcome(link, h, s, opportunityStages, c);
        }
        sync(h, s, link.salesforceObject().equals(contact.objectType()) ? contact : lead, c);
      } catch (RuntimeException e) {
        // one refused write (a picklist value the other CRM lacks) must not hold back the other hand-offs
        store.audit().append(new AuditEntry(h.ref(), HandoffRunner.STAGE, "feedback failed",
            Json.write(Map.of("error", String.valueOf(e.getMessage()))), clock.instant()));
      }
    }
    return new Result(c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
  }

  private void outcome(HandoffLink link, CrmRecord h, CrmRecord s, Map<String, String> stages, int[] c) {
    Instant now = clock.instant();
    String status = s.field("Status");
    HandoffPlaybook.Statuses st = playbook.statuses();
    Instant responded = status != null && !status.equalsIgnoreCase(String.valueOf(link.initialStatus())) ? now : null;
    HandoffLink next = link;
    if ("true".equalsIgnoreCase(s.field("IsConverted"))) {
      String stage = stages.get(s.field("ConvertedOpportunityId"));
      String target = st.won(stage) ? HandoffLink.WON : st.lost(stage) ? HandoffLink.LOST : HandoffLink.CONVERTED;
      if (!target.equals(link.status())) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(HandoffRunner.HS_STATUS, switch (target) {
          case HandoffLink.WON -> "closed-won";
          case HandoffLink.LOST -> "closed-lost";
          default -> "converted";
        });
        if (!target.equals(HandoffLink.LOST)) {
          values.put("lifecyclestage", target.equals(HandoffLink.WON) ? "customer" : "opportunity");
        }
        HandoffWrites.write(hubspot.connection(), h.ref(), values, store, clock);
        next = link.observed(target, status, stage, responded, now, null, now,
            target.equals(HandoffLink.CONVERTED) ? null : now);
        c[target.equals(HandoffLink.WON) ? 3 : target.equals(HandoffLink.LOST) ? 4 : 2]++;
      }
    } else if (st.accepted(status) && !link.status().equals(HandoffLink.ACCEPTED)) {
      HandoffWrites.write(hubspot.connection(), h.ref(), Map.of("lifecyclestage", "salesqualifiedlead",
          HandoffRunner.HS_STATUS, "accepted"), store, clock);
      next = link.observed(HandoffLink.ACCEPTED, status, null, responded, now, null, null, null);
      c[0]++;
    } else if (st.rejected(status) && !link.status().equals(HandoffLink.REJECTED)) {
      String reason = Optional.ofNullable(s.field(st.rejectionReasonField())).map(String::strip).orElse("");
      if (reason.isEmpty()) {
        next = link.observed(HandoffLink.AWAITING_REASON, status, "rejected in Salesforce; waiting for a reason in "
            + st.rejectionReasonField(), responded, null, null, null, null);
      } else {
        // HubSpot moves a lifecycle stage backwards only after it was cleared
        HandoffWrites.write(hubspot.connection(), h.ref(), Map.of("lifecyclestage", ""), store, clock);
        HandoffWrites.write(hubspot.connection(), h.ref(), Map.of("lifecyclestage", "lead", HandoffRunner.HS_STATUS,
            "rejected", HandoffRunner.HS_REASON, reason), store, clock);
        recycle(h, status, now);
        next = link.observed(HandoffLink.REJECTED, status, reason, responded, null, now, null, null);
        c[1]++;
      }
    } else if (responded != null && link.respondedAt() == null) {
      next = link.observed(link.status(), status, link.detail(), responded, null, null, null, null);
    }
    if (next != link) {
      store.handoffs().save(next);
      store.audit().append(new AuditEntry(h.ref(), HandoffRunner.STAGE, "salesforce " + next.status().toLowerCase()
          + (next.lastStatus() == null ? "" : " (" + next.lastStatus() + ")"),
          Json.write(Map.of("salesforce", s.ref().key(), "status", next.status(), "detail",
              next.detail() == null ? "" : next.detail())), now));
    }
  }

  /** Enrolls the rejected contact in the playbook's recycling sequence, for its HubSpot owner. */
  private void recycle(CrmRecord h, String status, Instant now) {
    String owner = h.field("hubspot_owner_id");
    Optional<Sequence> sequence = sequences.stream().filter(q -> q.name().equals(playbook.statuses().recycleSequence()))
        .findFirst();
    if (sequence.isEmpty() || owner == null || owner.isBlank()) {
      return; // no owner in HubSpot: marketing nurtures it with its own tools
    }
    Person p = hubspot.mapping().toPerson(h);
    Map<String, String> tokens = new HashMap<>();
    tokens.put("first_name", p.firstName());
    tokens.put("last_name", p.lastName());
    tokens.put("company_name", p.companyName());
    tokens.put("industry", p.industry());
    tokens.put("title", p.title());
    List<SequenceStepRow> rows = new ArrayList<>();
    List<SequenceStep> steps = sequence.get().steps();
    for (int i = 0; i < steps.size(); i++) {
      SequenceStep step = steps.get(i);
      Instant due = now.plus(Duration.ofDays(step.day()));
      TaskSpec task = new TaskSpec("task:sequence:" + h.ref().key() + ":" + sequence.get().name() + ":" + i, h.ref(),
          owner, step.subject().render(tokens), step.body().render(tokens), due, TaskPriority.MEDIUM, step.type());
      rows.add(new SequenceStepRow(h.ref().key(), sequence.get().name(), i, owner, p.leadStatus(), due,
          Json.write(task), now));
    }
    store.sequences().enroll(rows);
  }

  /** Keeps each synced field in step by its rule; decisions that resolve a conflict are audited. */
  private void sync(CrmRecord h, CrmRecord s, HandoffSide side, int[] c) {
    Map<String, String> hsFields = hubspot.syncable(new ArrayList<>(playbook.fields().keySet()));
    Map<String, String> sfFields = side.syncable(new ArrayList<>(playbook.fields().keySet()));
    Map<String, String> synced = store.ledger().lastWritten(h.ref());
    Map<String, String> toHubSpot = new LinkedHashMap<>();
    Map<String, String> toSalesforce = new LinkedHashMap<>();
    Map<String, String> nowSynced = new LinkedHashMap<>();
    List<Map<String, String>> conflicts = new ArrayList<>();
    for (Map.Entry<String, SyncRule> e : playbook.fields().entrySet()) {
      String canonical = e.getKey();
      String hsField = hsFields.get(canonical);
      String sfField = sfFields.get(canonical);
      if (hsField == null || sfField == null) {
        continue;
      }
      String hv = h.field(hsField);
      String sv = s.field(sfField);
      FieldSync.Decision d = FieldSync.decide(e.getValue(), hv, sv, synced.get(SYNCED + canonical), h.modifiedAt(),
          s.modifiedAt());
      switch (d.direction()) {
        case TO_HUBSPOT -> toHubSpot.put(hsField, d.value());
        case TO_SALESFORCE -> toSalesforce.put(sfField, d.value());
        default -> { }
      }
      String after = d.direction() == FieldSync.Direction.NONE ? (e.getValue() == SyncRule.NONE ? null
          : FieldSync.normal(hv) != null && FieldSync.normal(hv).equals(FieldSync.normal(sv)) ? hv.strip() : null)
          : d.value();
      if (after != null && !after.equals(synced.get(SYNCED + canonical))) {
        nowSynced.put(SYNCED + canonical, after);
      }
      if (d.conflict()) {
        conflicts.add(Map.of("field", canonical, "hubspot", String.valueOf(hv), "salesforce", String.valueOf(sv),
            "decision", d.why()));
      }
    }
    HandoffWrites.write(hubspot.connection(), h.ref(), toHubSpot, store, clock);
    HandoffWrites.write(side.connection(), s.ref(), toSalesforce, store, clock);
    if (!nowSynced.isEmpty()) {
      store.ledger().record(h.ref(), nowSynced, clock.instant());
    }
    c[5] += toHubSpot.size() + toSalesforce.size();
    c[6] += conflicts.size();
    if (!conflicts.isEmpty()) {
      store.audit().append(new AuditEntry(h.ref(), HandoffRunner.STAGE, "field conflict resolved ("
          + conflicts.size() + ")", Json.write(Map.of("salesforce", s.ref().key(), "conflicts", conflicts)),
          clock.instant()));
    }
  }

  /** StageName of each converted lead's opportunity, by opportunity id. */
  private Map<String, String> opportunities(java.util.Collection<CrmRecord> records) {
    List<String> ids = records.stream().map(r -> r.field("ConvertedOpportunityId")).filter(id -> id != null
        && !id.isBlank()).distinct().toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    return lead.connection().reader().read("Opportunity", ids, Set.of("StageName")).stream()
        .filter(r -> r.field("StageName") != null)
        .collect(Collectors.toMap(r -> r.ref().id(), r -> r.field("StageName"), (a, b) -> a));
  }

  private Set<String> hubspotFields() {
    Set<String> f = new TreeSet<>(hubspot.mapping().inboundFields());
    f.addAll(List.of("lifecyclestage", "hubspot_owner_id", HandoffRunner.HS_STATUS));
    return f;
  }

  private Set<String> salesforceFields(HandoffSide side) {
    Set<String> f = new TreeSet<>(side.syncable(new ArrayList<>(playbook.fields().keySet())).values());
    f.add("OwnerId");
    if (side == lead) {
      f.addAll(List.of("Status", "IsConverted", "ConvertedOpportunityId", playbook.statuses().rejectionReasonField()));
    }
    return f;
  }

  private static Map<String, CrmRecord> index(List<CrmRecord> records) {
    return records.stream().collect(Collectors.toMap(r -> r.ref().id(), Function.identity(), (a, b) -> a));
  }
}
