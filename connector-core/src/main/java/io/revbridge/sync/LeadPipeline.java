package io.revbridge.sync;

import io.revbridge.enrichment.EnrichedPerson;
import io.revbridge.mapping.CanonicalKind;
import io.revbridge.mapping.MappingSet;
import io.revbridge.mapping.ObjectMapping;
import io.revbridge.mapping.RecordMappingException;
import io.revbridge.model.Company;
import io.revbridge.model.Person;
import io.revbridge.model.RecordRef;
import io.revbridge.predictive.ActiveModels;
import io.revbridge.predictive.InCharge;
import io.revbridge.predictive.PersonFeatures;
import io.revbridge.predictive.PredictedObject;
import io.revbridge.predictive.Prediction;
import io.revbridge.routing.RoutingDecision;
import io.revbridge.routing.RoutingEngine;
import io.revbridge.scoring.LeadScore;
import io.revbridge.scoring.LeadScorer;
import io.revbridge.scoring.MqlScore;
import io.revbridge.spi.CrmRecord;
import io.revbridge.spi.FieldWrite;
import io.revbridge.spi.TaskSpec;
import io.revbridge.store.ActivityStore;
import io.revbridge.store.AuditEntry;
import io.revbridge.store.DeadLetterDraft;
import io.revbridge.store.DeletionStore;
import io.revbridge.store.InboxEntry;
import io.revbridge.store.LedgerStore;
import io.revbridge.store.SlaStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns inbox entries about people into a plan: map, join the company, enrich (waterfall and lead-to-account
 * matching, provenance in the audit), score, route unowned leads,
 * plan a follow-up for hot leads, and keep only the field writes whose value differs from what the
 * CRM holds. Reads the CRM (records named by webhooks, companies) and the ledger; writes nothing.
 */
final class LeadPipeline {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LeadPipeline.class);
  private final MappingSet mappings;
  private final LeadScorer scorer;
  private final LedgerStore ledger;
  private final DeletionStore deletions;
  private final SlaStore slas;
  private final Clock clock;
  private final EngineSettings settings;
  private final FollowUpPlanner followUps;
  private final InputFingerprint fingerprints;
  private final PersonEnricher enricher;
  private final PredictiveStage predictive;
  private final CompanyCache companyCache = new CompanyCache();
  private volatile Instant passStart = Instant.MAX;

  LeadPipeline(MappingSet mappings, LeadScorer scorer, LedgerStore ledger, DeletionStore deletions, SlaStore slas,
      Clock clock, EngineSettings settings, EnrichmentStage enrichment, PredictiveStage predictive) {
    this.predictive = predictive;
    this.mappings = mappings;
    this.scorer = scorer;
    this.ledger = ledger;
    this.deletions = deletions;
    this.slas = slas;
    this.clock = clock;
    this.settings = settings;
    this.followUps = new FollowUpPlanner(settings.followUpDue());
    this.fingerprints = new InputFingerprint(scorer.playbook());
    this.enricher = new PersonEnricher(enrichment, mappings, clock);
  }

  BatchPlan plan(
      ConnectionContext ctx, ObjectMapping mapping, List<InboxEntry> entries, RoutingEngine routing) {
    Instant now = clock.instant();
    List<FieldUpdate> updates = new ArrayList<>();
    List<TaskSpec> tasks = new ArrayList<>();
    List<DeadLetterDraft> dead = new ArrayList<>();
    List<AuditEntry> audits = new ArrayList<>();
    RoutingOutcomes outcomes = new RoutingOutcomes(routing.playbook(), settings.followUpDue());
    List<RecordRef> scored = new ArrayList<>();
    Map<RecordRef, Integer> mqlScores = new LinkedHashMap<>();
    Optional<ActiveModels.ActiveModel> model = predictive.forBatch(ctx.name(), PredictedObject.LEADS);
    String serving = PredictiveStage.signature(model, predictive.serving(PredictedObject.LEADS));

    Map<String, CrmRecord> current = currentRecords(deletions, ctx, mapping, newestPerRecord(entries));
    Map<RecordRef, Map<String, String>> written = ledger.lastWritten(
        current.values().stream().map(CrmRecord::ref).toList());
    // leads whose owner breached the SLA of a playbook that escalates by reassignment
    Map<String, SlaStore.Reassignment> reassign = slas.pendingReassignments(
        current.values().stream().map(r -> r.ref().key()).toList());
    Map<RecordRef, String> inputs = new LinkedHashMap<>();
    Map<RecordRef, String> versions = new LinkedHashMap<>();
    List<Mapped> people = new ArrayList<>();
    for (CrmRecord record : current.values()) {
      try (RecordLog log = RecordLog.about(record)) {
        LOG.debug("fetch: got the record's version to plan from");
        if (RecordVersions.isStale(record, written.getOrDefault(record.ref(), Map.of()))) {
          LOG.debug("skipped: a newer version of the record was planned already");
          continue; // a late or duplicate change: the newest version planned wins
        }
        String fingerprint = fingerprints.of(mapping, record, serving);
        if (!reassign.containsKey(record.ref().key())
            && InputFingerprint.isEcho(fingerprint, record, written.getOrDefault(record.ref(), Map.of()))) {
          LOG.debug("skipped: nothing changed since the last plan (an echo of Revbridge's own write)");
          continue; // e.g. Revbridge's own write coming back
        }
        try {
          people.add(new Mapped(record, mapping.toPerson(record)));
          inputs.put(record.ref(), fingerprint);
          versions.put(record.ref(), RecordVersions.of(record));
          LOG.debug("map: mapped to a person");
        } catch (RecordMappingException e) {
          dead.add(deadLetter(record, "map", "MAPPING", e.getMessage(), now));
          LOG.info("map: the record could not be mapped; set aside as a dead letter (revbridge dlq list)");
        }
      }
    }
    Map<RecordRef, Company> companies = companiesOf(ctx, people.stream().map(Mapped::person).toList(), dead, now);
    List<EnrichedPerson> enriched = enricher.enrich(ctx, people.stream().map(Mapped::person).toList(), companies);
    Optional<Map<String, List<ActivityStore.Touch>>> touches = model.isEmpty() ? Optional.empty()
        : predictive.touches(ctx, people.stream().map(m -> m.person().ref()).toList(), false, now);

    for (int i = 0; i < people.size(); i++) {
      CrmRecord record = people.get(i).record();
      try (RecordLog log = RecordLog.about(record)) {
        planOne(ctx, mapping, routing, record, enriched.get(i), written, now, model, touches,
            reassign.get(record.ref().key()), updates, tasks, audits, outcomes, scored, mqlScores);
      }
    }
    List<Long> handled = entries.stream().map(InboxEntry::id).toList();
    return new BatchPlan(updates, tasks, dead, audits, handled, scored, inputs, now, outcomes.effects(), versions,
        mqlScores);
  }

  /**
   * Enrich (logged), score, route and diff one person, adding to the batch's lists.
   *
   * @param escalation the lead's pending SLA reassignment, or null
   */
  private void planOne(ConnectionContext ctx, ObjectMapping mapping, RoutingEngine routing, CrmRecord record,
      EnrichedPerson enrichedPerson, Map<RecordRef, Map<String, String>> written, Instant now,
      Optional<ActiveModels.ActiveModel> model, Optional<Map<String, List<ActivityStore.Touch>>> touches,
      SlaStore.Reassignment escalation, List<FieldUpdate> updates,
      List<TaskSpec> tasks, List<AuditEntry> audits, RoutingOutcomes outcomes, List<RecordRef> scored,
      Map<RecordRef, Integer> mqlScores) {
    Person person = enrichedPerson.person();
    LOG.debug("enrich: {} fields with provenance, {} provider failures", enrichedPerson.enrichment().fields().size(),
        enrichedPerson.enrichment().failures().size());
    audits.add(CanonicalAudit.of(enrichedPerson.person(), now));
    audits.add(new AuditEntry(record.ref(), EnrichmentAudit.STAGE, EnrichmentAudit.decision(enrichedPerson),
        EnrichmentAudit.detail(enrichedPerson.enrichment()), now));
    LeadScore score = scorer.score(enrichedPerson);
    Prediction prediction = null;
    if (model.isPresent()) {
      prediction = model.get().model().predict(PredictiveStage.withActivities(PersonFeatures.of(enrichedPerson),
          touches, person.ref(), now), predictive.factors());
      score = InCharge.lead(score, prediction, predictive.serving(PredictedObject.LEADS), scorer.model());
      audits.add(PredictiveAudit.entry(record.ref(), model.get().id(), prediction, now));
    }
    MqlScore mql = scorer.mql(enrichedPerson);
    LOG.debug("score: {} {}", score.score(), score.grade());
    scored.add(record.ref());
    mqlScores.put(record.ref(), mql.score());
    audits.add(new AuditEntry(record.ref(), "score", score.score() + " " + score.grade(),
        Json.write(score), now));
    audits.add(new AuditEntry(record.ref(), "mql-score", mql.score() + (mql.qualified() ? " MQL" : " not MQL"),
        Json.write(mql), now));
    Optional<AuditEntry> mqlCrossing = MqlEvents.crossed(mapping, record,
        written.getOrDefault(record.ref(), Map.of()), mql, scorer.playbook().mql().threshold(), now);
    mqlCrossing.ifPresent(audits::add);

    RoutingDecision route;
    if (escalation != null && escalation.breachedOwner().equals(person.ownerId())) {
      route = routing.reassign(person, escalation.team(), escalation.breachedOwner(),
          io.revbridge.scoring.Grade.valueOf(escalation.grade()), ctx.owners(), now);
      outcomes.settled(escalation, route.changesOwner() ? SlaStore.REASSIGNED : SlaStore.KEPT);
    } else {
      route = routing.decide(enrichedPerson, score, mql, mqlCrossing.isPresent(), ctx.owners(), now);
      if (escalation != null) {
        outcomes.settled(escalation, SlaStore.KEPT); // a person gave the lead another owner meanwhile
      }
    }
    Optional<String> assigned = route.changesOwner() ? Optional.of(route.ownerId()) : Optional.empty();
    LOG.debug("route: {}", assigned.map(o -> "owner " + o + " assigned").orElse("owner kept"));

    Map<String, Object> results = new LinkedHashMap<>();
    results.put("leadScore.score", score.score());
    results.put("leadScore.grade", score.grade().name());
    results.put("leadScore.reasons", score.reasonsText());
    results.put("mql.score", mql.score());
    results.put("mql.qualified", mql.qualified());
    assigned.ifPresent(o -> results.put("routing.ownerId", o));
    if (assigned.isPresent() || !person.hasOwner()) {
      results.put("routing.reason", route.shortReason()); // a kept owner keeps the reason it was routed with
    }
    results.put("enrichment.summary", EnrichmentAudit.summary(enrichedPerson.enrichment()));
    if (prediction != null) {
      results.put("predictive.score", prediction.score());
      results.put("predictive.factors", prediction.factorsText());
    }
    Optional<FieldUpdate> update = changedFields(mapping, record, written.getOrDefault(record.ref(), Map.of()),
        results, now, assigned.isPresent(), "leadScore.scoredAt");
    update.ifPresent(updates::add);

    String ownerId = assigned.orElse(person.ownerId());
    int tasksBefore = tasks.size();
    followUps.plan(person, score, ownerId, now).ifPresent(tasks::add);
    outcomes.add(enrichedPerson, score, route, mqlCrossing.isPresent(), ctx, now, tasks, audits);
    LOG.debug("plan: {} fields to write, {} tasks to create",
        update.map(u -> u.write().values().size()).orElse(0), tasks.size() - tasksBefore);
  }

  private record Mapped(CrmRecord record, Person person) {}

  /** Out-of-order and duplicate events converge on the newest version of each record. */
  static Map<String, InboxEntry> newestPerRecord(List<InboxEntry> entries) {
    return entries.stream()
        .collect(Collectors.toMap(InboxEntry::recordId, Function.identity(),
            (a, b) -> Comparator.comparing(InboxEntry::occurredAt).thenComparing(InboxEntry::id).compare(a, b) >= 0 ? a : b,
            LinkedHashMap::new));
  }

  static Map<String, CrmRecord> currentRecords(DeletionStore deletions,
      ConnectionContext ctx, ObjectMapping mapping, Map<String, InboxEntry> newest) {
    Map<String, CrmRecord> records = new LinkedHashMap<>();
    List<String> toRead = new ArrayList<>();
    java.util.Set<String> deleted = deletions.deleted(newest.values().stream()
            .map(e -> new RecordRef(e.connection(), e.objectType(), e.recordId())).toList())
        .stream().map(RecordRef::id).collect(Collectors.toSet());
    for (InboxEntry entry : newest.values()) {
      if ("DELETE".equals(entry.kind()) || deleted.contains(entry.recordId())) {
        continue; // deleted records are never written to
      }
      if (entry.payload() != null) {
        records.put(entry.recordId(), Json.read(entry.payload(), CrmRecord.class));
      } else {
        toRead.add(entry.recordId());
      }
    }
    if (!toRead.isEmpty()) {
      for (CrmRecord r : ctx.connection().reader().read(mapping.objectType(), toRead, fieldsToFetch(mapping))) {
        if (!r.archived()) {
          records.put(r.ref().id(), r);
        }
      }
    }
    return records;
  }

  /** Starts a pass: companies read from now on are read afresh. */
  void startPass() {
    companyCache.clear();
    passStart = clock.instant();
  }

  /**
   * Reads the companies of a polled page's new people (never planned before) into this pass's cache, on the thread
   * that reads the page ahead, so the batch that plans them finds them there instead of waiting for the CRM: waiting
   * for company reads was half of the sync thread's time in a 100,000-contact backfill. A record planned before is
   * left to its batch, which reads its company only if the record changed: most such records polled are Revbridge's
   * own writes coming back. Best effort: a company it cannot read or map is read again by the batch, which
   * dead-letters it or fails as before. Not for the records of other objects.
   */
  void readCompaniesAhead(ConnectionContext ctx, ObjectMapping mapping, List<CrmRecord> records) {
    if (mapping.canonical() != CanonicalKind.PERSON || records.isEmpty()) {
      return;
    }
    long pass = companyCache.pass();
    Map<RecordRef, Map<String, String>> planned = ledger.lastWritten(records.stream().map(CrmRecord::ref).toList());
    List<Person> people = new ArrayList<>();
    for (CrmRecord record : records) {
      if (!planned.getOrDefault(record.ref(), Map.of()).isEmpty()) {
        continue;
      }
      try {
        people.add(mapping.toPerson(record));
      } catch (RecordMappingException e) {
        // dead-lettered when its batch maps it
      }
    }
    try {
      readCompanies(ctx, unread(ctx, people, new LinkedHashMap<>()), pass, (record, e) -> { });
    } catch (RuntimeException e) {
      LOG.debug("reading companies ahead failed; the batches read them: {}", e.getMessage());
    }
  }

  /**
   * The companies the people belong to: those read earlier in this pass (by an earlier batch, ahead of the batch,
   * or in the account list matching read since it began) from the cache, the others read in batches; one that
   * cannot be mapped is dead-lettered.
   */
  private Map<RecordRef, Company> companiesOf(
      ConnectionContext ctx, Collection<Person> people, List<DeadLetterDraft> dead, Instant now) {
    Map<RecordRef, Company> companies = new LinkedHashMap<>();
    Map<String, Set<String>> unread = unread(ctx, people, companies);
    readCompanies(ctx, unread, companyCache.pass(), (record, e) -> dead.add(deadLetter(record, "map", "MAPPING",
        e.getMessage(), now))).forEach(company -> companies.put(company.ref(), company));
    return companies;
  }

  /** Ids by object type of the people's companies not read in this pass; those read go into {@code known}. */
  private Map<String, Set<String>> unread(ConnectionContext ctx, Collection<Person> people, Map<RecordRef, Company> known) {
    Map<String, Set<String>> idsByType = new LinkedHashMap<>();
    for (Person person : people) {
      RecordRef ref = person.companyRef();
      if (ref != null && !known.containsKey(ref)) {
        Optional<Company> read = companyCache.get(ref).or(() -> enricher.listedCompany(ctx, ref, passStart));
        if (read.isPresent()) {
          known.put(ref, read.get());
        } else {
          idsByType.computeIfAbsent(ref.objectType(), t -> new LinkedHashSet<>()).add(ref.id());
        }
      }
    }
    return idsByType;
  }

  /** Reads the companies in batches and caches them for the pass they were read in; tells of those not mappable. */
  private List<Company> readCompanies(ConnectionContext ctx, Map<String, Set<String>> idsByType, long pass,
      BiConsumer<CrmRecord, RecordMappingException> unmappable) {
    List<Company> read = new ArrayList<>();
    idsByType.forEach((type, ids) -> mappings.forObject(ctx.crm(), type).ifPresent(m -> {
      for (CrmRecord r : ctx.connection().reader().read(type, List.copyOf(ids), m.inboundFields())) {
        try {
          Company company = m.toCompany(r);
          read.add(company);
          companyCache.put(company, pass);
        } catch (RecordMappingException e) {
          unmappable.accept(r, e);
        }
      }
    }));
    return read;
  }

  /**
   * The write for one record, holding only fields whose value changes. The time stamp ({@code stampPath}, e.g. the
   * last-scored time; null for none) is not compared (it always differs); it rides along only when something else
   * changes.
   */
  static Optional<FieldUpdate> changedFields(
      ObjectMapping mapping, CrmRecord record, Map<String, String> ledgerValues,
      Map<String, Object> results, Instant now, boolean assignsOwner, String stampPath) {
    Map<String, String> wanted = mapping.outbound(results);
    Map<String, String> changed = new LinkedHashMap<>();
    Map<String, String> previous = new LinkedHashMap<>();
    wanted.forEach((field, value) -> {
      String current = record.fields().containsKey(field) ? record.field(field) : ledgerValues.get(field);
      if (!FieldValues.same(value, current)) {
        changed.put(field, value);
        previous.put(field, current == null ? "" : current);
      }
    });
    if (changed.isEmpty()) {
      return Optional.empty();
    }
    if (stampPath != null) {
      changed.putAll(mapping.outbound(Map.of(stampPath, now)));
    }
    String key = "fields:" + record.ref().key() + "@" + record.modifiedAt().toEpochMilli();
    return Optional.of(new FieldUpdate(new FieldWrite(key, record.ref(), changed), previous, assignsOwner));
  }

  static Set<String> fieldsToFetch(ObjectMapping mapping) {
    Set<String> fields = new TreeSet<>(mapping.inboundFields());
    mapping.ownedFields().forEach(f -> fields.add(f.name()));
    return fields;
  }

  static DeadLetterDraft deadLetter(CrmRecord r, String stage, String code, String message, Instant now) {
    return new DeadLetterDraft(r.ref().connection(), r.ref().objectType(), r.ref().id(), stage, code, message,
        Json.write(r), now);
  }
}
