package io.revbridge.handoff;

import io.revbridge.model.Person;
import io.revbridge.model.RecordRef;
import io.revbridge.model.TaskPriority;
import io.revbridge.model.TaskType;
import io.revbridge.routing.RoutingPlaybook;
import io.revbridge.spi.Change;
import io.revbridge.spi.ChangeKind;
import io.revbridge.spi.CrmRecord;
import io.revbridge.spi.FieldSpec;
import io.revbridge.spi.FieldWrite;
import io.revbridge.spi.RecordCreate;
import io.revbridge.spi.TaskSpec;
import io.revbridge.spi.WriteResult;
import io.revbridge.store.AuditEntry;
import io.revbridge.store.AuditStore;
import io.revbridge.store.HandoffLink;
import io.revbridge.store.Store;
import io.revbridge.sync.Json;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Hands HubSpot MQLs to Salesforce, one pass at a time, after the sync pass that scored them: follows the audit's
 * MQL crossings, applies the hand-off rules, finds or creates the person in Salesforce, writes the context package
 * and both records' ids, lets routing give new leads their owner, then creates the owner's hand-off task. The
 * {@link FeedbackLoop} then carries sales' outcome back. One instance runs it at a time (a store lease).
 *
 * <p>Each step is safe to repeat: a crash between creating a Salesforce lead and storing its link is healed by
 * the next pass, which finds the lead by email (and its HubSpot id) instead of creating another.
 */
public final class HandoffRunner {
  public static final String STAGE = "handoff";
  static final String CURSOR = "handoff.auditCursor";
  static final String LEASE = "handoff";
  static final int BATCH = 200;
  static final long LOOK_BACK = 200;
  /** The Revbridge fields a hand-off writes. */
  public static final String HS_SALESFORCE_ID = "revbridge_salesforce_id";
  public static final String HS_STATUS = "revbridge_handoff_status";
  public static final String HS_REASON = "revbridge_rejection_reason";
  public static final String SF_HUBSPOT_ID = "Revbridge_HubSpot_Id__c";
  public static final String SF_CONTEXT = "Revbridge_Handoff_Context__c";

  private final Store store;
  private final HandoffPlaybook playbook;
  private final RoutingPlaybook routing;
  private final HandoffSide hubspot;
  private final HandoffSide lead;
  private final HandoffSide contact;
  private final Consumer<List<Change>> route;
  private final Clock clock;
  private final Consumer<String> progress;
  private final FeedbackLoop feedback;
  private boolean fieldsEnsured;
  private Set<String> leadWritable;

  /**
   * @param route hands new Salesforce leads to the sync engine (ingest, process, write), whose routing gives them
   *     an owner and starts their SLA
   */
  public HandoffRunner(Store store, HandoffPlaybook playbook, RoutingPlaybook routing, List<io.revbridge.routing.Sequence> sequences,
      HandoffSide hubspot, HandoffSide lead, HandoffSide contact, Consumer<List<Change>> route, Clock clock,
      Consumer<String> progress) {
    this.store = store;
    this.playbook = playbook;
    this.routing = routing;
    this.hubspot = hubspot;
    this.lead = lead;
    this.contact = contact;
    this.route = route;
    this.clock = clock;
    this.progress = progress;
    this.feedback = new FeedbackLoop(store, playbook, sequences, hubspot, lead, contact, clock);
  }

  /** What one pass did. */
  public record Pass(int queued, int handedOver, int created, int matched, int skipped, int tasks, int failed,
      FeedbackLoop.Result feedback) {
    public static final Pass NONE = new Pass(0, 0, 0, 0, 0, 0, 0, FeedbackLoop.Result.NONE);
  }

  public Pass runOnce() {
    String owner = "handoff-" + ProcessHandle.current().pid();
    if (!store.leases().tryAcquire(LEASE, owner, java.time.Duration.ofMinutes(5))) {
      progress.accept("handoff: run by another instance");
      return Pass.NONE;
    }
    try {
      ensureHubSpotFields();
      int queued = collect();
      int[] counts = handOver();
      int tasks = createTasks();
      FeedbackLoop.Result fb = feedback.run();
      Pass pass = new Pass(queued, counts[0], counts[1], counts[2], counts[3], tasks, counts[4], fb);
      progress.accept(String.format("handoff: %d handed over (%d created, %d matched), %d skipped, %d tasks, %d"
          + " failed; back from Salesforce: %d accepted, %d rejected, %d converted, %d fields synced",
          pass.handedOver(), pass.created(), pass.matched(), pass.skipped(), pass.tasks(), pass.failed(),
          fb.accepted(), fb.rejected(), fb.converted(), fb.fieldsSynced()));
      return pass;
    } finally {
      store.leases().release(LEASE, owner);
    }
  }

  /** New MQL crossings of the HubSpot connection at or above the threshold become pending hand-offs. */
  int collect() {
    long cursor = store.state().get(CURSOR).map(Long::parseLong).orElse(0L);
    // On PostgreSQL, ids are handed out before commit, so a crossing committed late by another instance can carry an
    // id below the cursor: each pass looks back a little; the crossing time makes a second sighting a no-op.
    long from = Math.max(0, cursor - LOOK_BACK);
    int queued = 0;
    List<AuditStore.Numbered> page;
    while (!(page = store.audit().stageAfter("mql", "crossed", from, BATCH)).isEmpty()) {
      for (AuditStore.Numbered n : page) {
        AuditEntry e = n.entry();
        int score = score(e);
        if (e.ref().connection().equals(hubspot.connection().name())
            && e.ref().objectType().equals(hubspot.objectType()) && score >= playbook.threshold()) {
          Optional<HandoffLink> existing = store.handoffs().get(e.ref().connection(), e.ref().id());
          if (existing.isEmpty()) {
            store.handoffs().save(HandoffLink.crossed(e.ref().connection(), e.ref().id(),
                lead.connection().name(), score, e.at()));
            queued++;
          } else if (List.of(HandoffLink.SKIPPED, HandoffLink.FAILED, HandoffLink.REJECTED)
              .contains(existing.get().status()) && e.at().isAfter(existing.get().crossedAt())) {
            store.handoffs().save(existing.get().recrossed(score, e.at()));
            queued++;
          }
        }
        cursor = Math.max(cursor, n.id());
        from = n.id();
      }
      store.state().put(CURSOR, Long.toString(cursor));
    }
    return queued;
  }

  private static int score(AuditEntry e) {
    try {
      return Json.mapper().readTree(e.detailJson()).path("score").asInt(0);
    } catch (java.io.IOException | RuntimeException bad) {
      return 0;
    }
  }

  /** @return handed over, created, matched, skipped, failed */
  int[] handOver() {
    int[] counts = new int[5];
    List<HandoffLink> pending = store.handoffs().withStatus(List.of(HandoffLink.PENDING), BATCH);
    if (pending.isEmpty()) {
      return counts;
    }
    Map<String, CrmRecord> contacts = hubspot.connection().reader().read(hubspot.objectType(),
            pending.stream().map(HandoffLink::hubspotId).toList(), hubspotFields()).stream()
        .collect(Collectors.toMap(r -> r.ref().id(), Function.identity(), (a, b) -> a));
    Map<String, Person> people = new LinkedHashMap<>();
    for (HandoffLink link : pending) {
      CrmRecord record = contacts.get(link.hubspotId());
      if (record == null || record.archived()) {
        save(link.withStatus(HandoffLink.SKIPPED, "the HubSpot contact is gone (deleted or merged)"), counts, 3);
        continue;
      }
      Person person = hubspot.mapping().toPerson(record);
      List<AuditEntry> audit = store.audit().forRecord(record.ref());
      Optional<String> skip = HandoffRules.skipReason(playbook.rules(), person, audit);
      if (skip.isPresent()) {
        store.audit().append(new AuditEntry(record.ref(), STAGE, "skipped", Json.write(Map.of("reason", skip.get())),
            clock.instant()));
        save(link.withStatus(HandoffLink.SKIPPED, skip.get()), counts, 3);
        continue;
      }
      people.put(link.hubspotId(), person);
    }
    SalesforceMatcher matcher = new SalesforceMatcher(lead, contact);
    Map<String, SalesforceMatcher.Match> matches = matcher.match(pending.stream()
        .filter(l -> people.containsKey(l.hubspotId())).toList(), people);
    List<Change> newLeads = new ArrayList<>();
    for (HandoffLink link : pending) {
      Person person = people.get(link.hubspotId());
      if (person == null) {
        continue;
      }
      CrmRecord record = contacts.get(link.hubspotId());
      try {
        SalesforceMatcher.Match match = matches.get(link.hubspotId());
        List<AuditEntry> audit = store.audit().forRecord(record.ref());
        String context = ContextPackage.render(new ContextPackage.Inputs(person, record, audit, link.mqlScore(),
            match.accountName(), routing.battleCard(person.currentSolution()), playbook.talkingPoints()));
        RecordRef sf = match.existing().isPresent()
            ? update(match, record, context)
            : create(link, person, match, record, context);
        writeHubSpot(record.ref(), Map.of(HS_SALESFORCE_ID, sf.id(), HS_STATUS, "handed-over"));
        String status = match.existing().filter(r -> !reopens(r)).map(r -> r.field("Status"))
            .orElse(playbook.create().status());
        String owner = match.existing().map(r -> r.field("OwnerId")).orElse(match.accountOwner().orElse(null));
        store.handoffs().save(link.handedOver(sf.objectType(), sf.id(), match.basis(), status, owner, clock.instant(),
            playbook.sla().respond(), playbook.sla().meaningfulContact()));
        store.audit().append(new AuditEntry(record.ref(), STAGE, "handed over to " + sf.objectType() + " " + sf.id()
            + " (" + match.basis() + ")", Json.write(Map.of("salesforce", sf.key(), "basis", match.basis())),
            clock.instant()));
        counts[0]++;
        counts[match.existing().isPresent() ? 2 : 1]++;
        if (match.existing().isEmpty() && match.accountOwner().isEmpty()) {
          newLeads.add(new Change(sf, ChangeKind.UPSERT, clock.instant(), "handoff:" + sf.key(), Optional.empty()));
        }
      } catch (RuntimeException e) {
        HandoffLink failed = link.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        store.handoffs().save(failed);
        counts[4]++;
        progress.accept("handoff: " + link.hubspotConnection() + "/" + link.hubspotId() + " not handed over yet: "
            + failed.detail());
      }
    }
    if (!newLeads.isEmpty()) {
      route.accept(newLeads);
    }
    return counts;
  }

  private void save(HandoffLink link, int[] counts, int index) {
    store.handoffs().save(link);
    counts[index]++;
  }

  /** A matched record gets the HubSpot id and the context package; nothing a person entered is overwritten. */
  private RecordRef update(SalesforceMatcher.Match match, CrmRecord hubspotRecord, String context) {
    CrmRecord existing = match.existing().orElseThrow();
    HandoffSide side = existing.ref().objectType().equals(contact.objectType()) ? contact : lead;
    Map<String, String> values = new LinkedHashMap<>();
    values.put(SF_HUBSPOT_ID, hubspotRecord.ref().id());
    values.put(SF_CONTEXT, context);
    if (side == lead && reopens(existing)) {
      values.put("Status", playbook.create().status()); // recycled and qualified again: back to sales
    }
    writeSalesforce(existing.ref(), values);
    return existing.ref();
  }

  /** A lead sales rejected earlier, handed over again: its status goes back to the one new hand-offs get. */
  private boolean reopens(CrmRecord existing) {
    return existing.ref().objectType().equals(lead.objectType())
        && playbook.statuses().rejected(existing.field("Status"));
  }

  private RecordRef create(HandoffLink link, Person person, SalesforceMatcher.Match match, CrmRecord hubspotRecord,
      String context) {
    Map<String, String> values = new LinkedHashMap<>();
    Set<String> writable = leadWritable();
    Map<String, String> hubspotFields = hubspot.syncable(HandoffPlaybookLoader.SYNCABLE);
    lead.syncable(HandoffPlaybookLoader.SYNCABLE).forEach((canonical, field) -> {
      // the contact's own text where one field feeds it, so the pair starts in step; else the canonical value
      String raw = hubspotFields.containsKey(canonical) ? hubspotRecord.field(hubspotFields.get(canonical)) : null;
      String v = raw != null && !raw.isBlank() ? raw.strip() : HandoffSide.value(person, canonical);
      if (v != null && writable.contains(field.toLowerCase())) {
        values.put(field, v);
      }
    });
    lead.field("email").ifPresent(f -> values.put(f, person.email()));
    values.put("LastName", Optional.ofNullable(person.lastName()).filter(s -> !s.isBlank())
        .orElse(playbook.create().lastNameFallback()));
    values.put("Company", match.accountName().or(() -> Optional.ofNullable(person.companyName())
        .filter(s -> !s.isBlank())).orElse(playbook.create().companyFallback()));
    values.put("Status", playbook.create().status());
    if (writable.contains("leadsource")) {
      values.put("LeadSource", playbook.create().leadSource());
    }
    match.accountOwner().ifPresent(o -> values.put("OwnerId", o));
    values.put(SF_HUBSPOT_ID, hubspotRecord.ref().id());
    values.put(SF_CONTEXT, context);
    List<WriteResult> results = lead.connection().writer().create(lead.objectType(),
        List.of(new RecordCreate("handoff:" + link.hubspotConnection() + "/" + link.hubspotId(), values)));
    WriteResult r = results.get(0);
    if (!r.succeeded()) {
      throw new IllegalStateException("Salesforce refused the new lead: " + r.error().orElseThrow().code() + " "
          + r.error().orElseThrow().message());
    }
    RecordRef ref = r.ref().orElseThrow();
    store.ledger().record(ref, Map.of(SF_HUBSPOT_ID, hubspotRecord.ref().id()), clock.instant());
    return ref;
  }

  /** The owner's hand-off task, once the lead has its owner (routing may give it one after the hand-off). */
  int createTasks() {
    List<HandoffLink> waiting = store.handoffs().withStatus(List.of(HandoffLink.HANDED_OVER), 1000).stream()
        .filter(l -> l.taskId() == null && l.salesforceId() != null).toList();
    int created = 0;
    for (HandoffLink link : waiting) {
      try {
        created += createTask(link);
      } catch (RuntimeException e) {
        store.handoffs().save(link.failed("task: " + e.getMessage()).withStatus(link.status(), "task: "
            + e.getMessage()));
        progress.accept("handoff: no task yet for " + link.hubspotConnection() + "/" + link.hubspotId() + ": "
            + e.getMessage());
      }
    }
    return created;
  }

  /** @return 1 when the task was created, 0 when the record is gone */
  private int createTask(HandoffLink link) {
    HandoffSide side = link.salesforceObject().equals(contact.objectType()) ? contact : lead;
    Set<String> fields = new java.util.LinkedHashSet<>(List.of("OwnerId", SF_CONTEXT, "FirstName", "LastName"));
    if (side == lead) {
      fields.add("Company");
    }
    List<CrmRecord> read = side.connection().reader().read(side.objectType(), List.of(link.salesforceId()), fields);
    if (read.isEmpty()) {
      return 0;
    }
    CrmRecord sf = read.get(0);
    String owner = sf.field("OwnerId");
    String name = String.join(" ", Optional.ofNullable(sf.field("FirstName")).orElse(""),
        Optional.ofNullable(sf.field("LastName")).orElse("")).strip();
    // keyed by the crossing, so a retry finds the task instead of creating a second one
    TaskSpec task = new TaskSpec("task:handoff:" + link.hubspotConnection() + "/" + link.hubspotId() + "@"
        + link.crossedAt().toEpochMilli(), sf.ref(), owner, "New MQL from marketing: " + name
        + Optional.ofNullable(sf.field("Company")).map(c -> " (" + c + ")").orElse(""),
        Optional.ofNullable(sf.field(SF_CONTEXT)).orElse(""), clock.instant().plus(playbook.sla().respond()),
        TaskPriority.HIGH, TaskType.CALL);
    WriteResult r = side.connection().writer().createTasks(List.of(task)).get(0);
    if (!r.succeeded()) {
      throw new IllegalStateException("Salesforce refused the task: " + r.error().orElseThrow().code() + " "
          + r.error().orElseThrow().message());
    }
    store.handoffs().save(link.withTask(owner, r.ref().map(RecordRef::id).orElse("")));
    return 1;
  }

  /** The lead fields the integration user may write, lower case; read once per runner. */
  private Set<String> leadWritable() {
    if (leadWritable == null) {
      leadWritable = lead.connection().schema().describe(lead.objectType()).stream()
          .filter(io.revbridge.spi.CrmField::writable).map(f -> f.name().toLowerCase()).collect(Collectors.toSet());
    }
    return leadWritable;
  }

  private Set<String> hubspotFields() {
    Set<String> fields = new TreeSet<>(hubspot.mapping().inboundFields());
    fields.addAll(ContextPackage.HUBSPOT_FIELDS);
    fields.addAll(List.of(HS_SALESFORCE_ID, HS_STATUS));
    return fields;
  }

  private void writeHubSpot(RecordRef ref, Map<String, String> values) {
    HandoffWrites.write(hubspot.connection(), ref, values, store, clock);
  }

  private void writeSalesforce(RecordRef ref, Map<String, String> values) {
    HandoffWrites.write(lead.connection(), ref, values, store, clock);
  }

  /** Revbridge's hand-off properties in HubSpot, created at the first pass like its other fields. */
  private void ensureHubSpotFields() {
    if (fieldsEnsured) {
      return;
    }
    List<FieldSpec> specs = HandoffFields.hubspot(hubspot.objectType());
    List<String> problems = hubspot.connection().schema().ensureFields(specs, true).stream()
        .filter(s -> s.state() == io.revbridge.spi.FieldStatus.State.FAILED
            || s.state() == io.revbridge.spi.FieldStatus.State.MISSING)
        .map(s -> s.field().name() + ": " + s.detail()).toList();
    if (!problems.isEmpty()) {
      throw new IllegalStateException("handoff: Revbridge could not create its HubSpot fields: "
          + String.join("; ", problems));
    }
    fieldsEnsured = true;
  }

}
