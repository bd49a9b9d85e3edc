package io.revbridge.sync;

import io.revbridge.forecast.DealForecast;
import io.revbridge.forecast.DealForecaster;
import io.revbridge.mapping.MappingSet;
import io.revbridge.mapping.ObjectMapping;
import io.revbridge.mapping.RecordMappingException;
import io.revbridge.model.Company;
import io.revbridge.model.Deal;
import io.revbridge.model.RecordRef;
import io.revbridge.predictive.ActiveModels;
import io.revbridge.predictive.CompanyReader;
import io.revbridge.predictive.DealFeatures;
import io.revbridge.predictive.InCharge;
import io.revbridge.predictive.PredictedObject;
import io.revbridge.predictive.Prediction;
import io.revbridge.predictive.StageClocks;
import io.revbridge.spi.CrmRecord;
import io.revbridge.store.ActivityStore;
import io.revbridge.store.AuditEntry;
import io.revbridge.store.DeadLetterDraft;
import io.revbridge.store.DeletionStore;
import io.revbridge.store.ForecastRow;
import io.revbridge.store.InboxEntry;
import io.revbridge.store.LedgerStore;
import io.revbridge.store.SequenceStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns inbox entries about deals (HubSpot {@code deals}, Salesforce {@code Opportunity}) into a plan: map, forecast,
 * and keep only the field writes whose value differs from what the CRM holds (the ledger), so re-forecasting an
 * unchanged deal writes nothing. Every forecast is audited (stage {@code forecast}) and kept as the deal's latest
 * forecast for roll-ups. Reads the CRM and the ledger; writes nothing itself.
 */
final class DealPipeline {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DealPipeline.class);
  private final DealForecaster forecaster;
  private final LedgerStore ledger;
  private final DeletionStore deletions;
  private final Clock clock;
  private final MappingSet mappings;
  private final PredictiveStage predictive;
  private final DealFeatures features = DealFeatures.defaults();

  /** The plan to commit, and the forecasts to keep for roll-ups. */
  record DealPlan(BatchPlan batch, List<ForecastRow> forecasts) {}

  DealPipeline(DealForecaster forecaster, LedgerStore ledger, DeletionStore deletions, Clock clock,
      MappingSet mappings, PredictiveStage predictive) {
    this.mappings = mappings;
    this.predictive = predictive;
    this.forecaster = forecaster;
    this.ledger = ledger;
    this.deletions = deletions;
    this.clock = clock;
  }

  private record Mapped(CrmRecord record, Deal deal) {}

  DealPlan plan(ConnectionContext ctx, ObjectMapping mapping, List<InboxEntry> entries) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    List<FieldUpdate> updates = new ArrayList<>();
    List<DeadLetterDraft> dead = new ArrayList<>();
    List<AuditEntry> audits = new ArrayList<>();
    List<RecordRef> forecast = new ArrayList<>();
    List<ForecastRow> rows = new ArrayList<>();
    List<SequenceStore.Stop> stops = new ArrayList<>();

    Map<String, CrmRecord> current =
        LeadPipeline.currentRecords(deletions, ctx, mapping, LeadPipeline.newestPerRecord(entries));
    Map<RecordRef, Map<String, String>> written =
        ledger.lastWritten(current.values().stream().map(CrmRecord::ref).toList());
    Optional<ActiveModels.ActiveModel> model = predictive.forBatch(ctx.name(), PredictedObject.DEALS);
    Map<RecordRef, String> versions = new LinkedHashMap<>();
    List<Mapped> mapped = new ArrayList<>();
    for (CrmRecord record : current.values()) {
      try (RecordLog log = RecordLog.about(record)) {
        LOG.debug("fetch: got the deal's version to forecast from");
        if (RecordVersions.isStale(record, written.getOrDefault(record.ref(), Map.of()))) {
          LOG.debug("skipped: a newer version of the deal was planned already");
          continue;
        }
        versions.put(record.ref(), RecordVersions.of(record));
        try {
          mapped.add(new Mapped(record, mapping.toDeal(record)));
        } catch (RecordMappingException e) {
          dead.add(LeadPipeline.deadLetter(record, "map", "MAPPING", e.getMessage(), now));
          LOG.info("map: the deal could not be mapped; set aside as a dead letter (revbridge dlq list)");
        }
      }
    }
    Map<RecordRef, Company> companies = model.isEmpty() ? Map.of()
        : CompanyReader.read(mappings, ctx.connection(), ctx.crm(), mapped.stream().map(m -> m.deal().companyRef())
            .toList());
    Optional<Map<String, List<ActivityStore.Touch>>> touches = model.isEmpty() ? Optional.empty()
        : predictive.touches(ctx, mapped.stream().map(m -> m.deal().ref()).toList(), true, now);
    Map<RecordRef, Deal> clocked = model.isEmpty() ? Map.of() : stageClocks(ctx, mapping, mapped);
    for (Mapped m : mapped) {
      CrmRecord record = m.record();
      try (RecordLog log = RecordLog.about(record)) {
        Deal deal = m.deal();
        DealForecast f = forecaster.forecast(deal, ctx.crm(), today);
        Prediction prediction = null;
        if (model.isPresent()) {
          prediction = model.get().model().predict(PredictiveStage.withActivities(
              features.of(clocked.getOrDefault(deal.ref(), deal), Optional.ofNullable(companies.get(deal.companyRef())),
                  today), touches, deal.ref(), now),
              predictive.factors());
          f = InCharge.deal(f, prediction, predictive.serving(PredictedObject.DEALS), deal.amount());
          audits.add(PredictiveAudit.entry(record.ref(), model.get().id(), prediction, now));
        }
        LOG.debug("forecast: {}% {}", f.probability(), f.confidence());
        forecast.add(record.ref());
        if (f.stage() != null && f.stage().closed() && deal.contactRef() != null) {
          // the deal's contact needs no more follow-up for it (proposal_sent and the like)
          stops.add(new SequenceStore.Stop(deal.contactRef().key(), "deal " + (deal.name() == null ? deal.ref().id()
              : "'" + deal.name() + "'") + " " + f.stage().display().toLowerCase(java.util.Locale.ROOT), now));
        }
        audits.add(new AuditEntry(record.ref(), "forecast", f.probability() + "% " + f.confidence(), Json.write(f), now));
        rows.add(new ForecastRow(record.ref(), deal.ownerId(), f.stage() == null ? null : f.stage().name(),
            deal.amount(), f.probability(), f.expectedValue(), f.predictedClose(), f.confidence().name(), now, f.risks(),
            deal.signals().createdAt()));

        Map<String, Object> results = new LinkedHashMap<>();
        results.put("forecast.probability", f.probability());
        if (f.expectedValue() != null) {
          results.put("forecast.expectedValue", f.expectedValue());
        }
        results.put("forecast.reasons", f.reasonsText());
        if (prediction != null) {
          results.put("predictive.score", prediction.score());
          results.put("predictive.factors", prediction.factorsText());
        }
        Optional<FieldUpdate> update = LeadPipeline.changedFields(mapping, record,
            written.getOrDefault(record.ref(), Map.of()), results, now, false, null);
        update.ifPresent(updates::add);
        LOG.debug("plan: {} fields to write", update.map(u -> u.write().values().size()).orElse(0));
      }
    }
    List<Long> handled = entries.stream().map(InboxEntry::id).toList();
    return new DealPlan(new BatchPlan(updates, List.of(), dead, audits, handled, forecast, Map.of(), now,
        RoutingEffects.stops(stops), versions), rows);
  }

  /**
   * The open deals of the batch whose record names no stage clock (HubSpot's), with the one their stage history
   * gives, for the model's days-in-stage feature; closed deals are not asked about.
   */
  private Map<RecordRef, Deal> stageClocks(ConnectionContext ctx, ObjectMapping mapping, List<Mapped> mapped) {
    List<Deal> open = mapped.stream().map(Mapped::deal).filter(d -> d.signals().stageEnteredAt() == null)
        .filter(d -> forecaster.model().stageOf(ctx.crm(), d.stage()).map(s -> !s.closed()).orElse(true)).toList();
    Map<RecordRef, Deal> out = new LinkedHashMap<>();
    for (Deal d : StageClocks.fill(ctx.connection(), mapping.objectType(), open)) {
      out.put(d.ref(), d);
    }
    return out;
  }
}
