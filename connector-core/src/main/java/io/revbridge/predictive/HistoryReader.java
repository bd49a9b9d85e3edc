package io.revbridge.predictive;

import io.revbridge.enrichment.EnrichedPerson;
import io.revbridge.enrichment.EnrichmentInput;
import io.revbridge.enrichment.EnrichmentInputs;
import io.revbridge.enrichment.EnrichmentResult;
import io.revbridge.enrichment.Waterfall;
import io.revbridge.forecast.DealForecaster;
import io.revbridge.forecast.ForecastStage;
import io.revbridge.mapping.CanonicalKind;
import io.revbridge.mapping.MappingSet;
import io.revbridge.mapping.ObjectMapping;
import io.revbridge.mapping.RecordMappingException;
import io.revbridge.model.Company;
import io.revbridge.model.Deal;
import io.revbridge.model.Person;
import io.revbridge.model.RecordRef;
import io.revbridge.scoring.LeadScorer;
import io.revbridge.spi.Change;
import io.revbridge.spi.ChangePage;
import io.revbridge.spi.CrmConnection;
import io.revbridge.spi.CrmException;
import io.revbridge.spi.CrmRecord;
import io.revbridge.spi.StageChange;
import io.revbridge.spi.StageHistory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Builds the training history of a connection through its adapter: every record of the connection's person (or deal)
 * objects from the start of the change feed, mapped, joined to its company, enriched like the pipeline does, and
 * kept when it has an outcome (converted or disqualified by the playbook's lead outcomes; a deal closed won or lost
 * by the forecast playbook's stages). Each example carries the rule model's view of the same record, so the
 * evaluation compares like with like. A closed deal is described as it stood on its close day: in its last open
 * stage, read from the connection's stage history (see {@link LastOpenStage}), for its stage age and for the rules.
 * Reads the CRM only; writes nothing.
 */
public final class HistoryReader {
  private static final int BATCH = 200;

  private final MappingSet mappings;
  private final Waterfall waterfall;
  private final LeadScorer scorer;
  private final DealForecaster forecaster;
  private final LeadOutcomes outcomes;
  private final DealFeatures dealFeatures;

  public HistoryReader(MappingSet mappings, Waterfall waterfall, LeadScorer scorer, DealForecaster forecaster,
      LeadOutcomes outcomes, DealFeatures dealFeatures) {
    this.mappings = mappings;
    this.waterfall = waterfall;
    this.scorer = scorer;
    this.forecaster = forecaster;
    this.outcomes = outcomes;
    this.dealFeatures = dealFeatures;
  }

  /** What was read: the examples, and how many records were left out and why, for the command's summary. */
  public record History(List<Example> examples, int read, int open, int unmappable, int beforeSince) {}

  /**
   * @param crm {@code hubspot} or {@code salesforce}
   * @param objects the connection's objects; those mapped to the wanted kind are read
   * @param since outcomes before this day are left out; empty for all
   */
  public History read(PredictedObject object, CrmConnection connection, String crm, List<String> objects,
      Optional<LocalDate> since, Consumer<String> progress) {
    CanonicalKind kind = object == PredictedObject.LEADS ? CanonicalKind.PERSON : CanonicalKind.DEAL;
    Instant from = since.map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant()).orElse(Instant.MIN);
    Counts counts = new Counts();
    Optional<ActivityHistory.Touches> touches = ActivityHistory.read(connection, progress);
    List<Example> examples = new ArrayList<>();
    for (String objectType : objects) {
      Optional<ObjectMapping> mapping = mappings.forObject(crm, objectType).filter(m -> m.canonical() == kind);
      if (mapping.isEmpty()) {
        continue;
      }
      List<CrmRecord> batch = new ArrayList<>();
      String cursor = null;
      ChangePage page;
      do {
        page = connection.changeFeed().poll(objectType, cursor, mapping.get().inboundFields());
        for (Change change : page.changes()) {
          if (change.record().isPresent() && !change.record().get().archived()) {
            batch.add(change.record().get());
            counts.read++;
          }
          if (batch.size() >= BATCH) {
            examples.addAll(examples(object, connection, crm, objectType, mapping.get(), batch, from, counts,
                touches));
            batch.clear();
          }
        }
        cursor = page.nextCursor();
        // read on past a page held back to spare the API allowance: a training set cut short would be
        // skewed towards the oldest records without a word
      } while (page.continues());
      examples.addAll(examples(object, connection, crm, objectType, mapping.get(), batch, from, counts, touches));
      progress.accept(objectType + ": " + counts.read + " records read, " + examples.size() + " with an outcome");
      if (object == PredictedObject.DEALS) {
        stageProgress(connection, objectType, counts, progress);
      }
    }
    if (counts.stageHistoryFailure != null) {
      examples = withoutStageAges(examples);
    }
    return new History(examples, counts.read, counts.open, counts.unmappable, counts.beforeSince);
  }

  private static final class Counts {
    int read;
    int open;
    int unmappable;
    int beforeSince;
    /** Closed deals whose stage history was asked for, and those of them with a last open stage. */
    int stagesAsked;
    int withStageAge;
    /** Why the stage history could not be read; once set, it is not asked again. */
    String stageHistoryFailure;
  }

  private static void stageProgress(CrmConnection connection, String objectType, Counts counts,
      Consumer<String> progress) {
    if (counts.stageHistoryFailure != null) {
      progress.accept("stage history: " + objectType + " could not be read (" + counts.stageHistoryFailure
          + "); the model is trained without stage ages");
    } else if (connection.stageHistory().objectTypes().contains(objectType)) {
      progress.accept("stage history: " + counts.withStageAge + " of " + counts.stagesAsked
          + " closed deals with the open stage they closed from");
    }
  }

  private List<Example> examples(PredictedObject object, CrmConnection connection, String crm, String objectType,
      ObjectMapping mapping, List<CrmRecord> records, Instant from, Counts counts,
      Optional<ActivityHistory.Touches> touches) {
    return object == PredictedObject.LEADS
        ? leads(connection, crm, mapping, records, from, counts, touches)
        : deals(connection, crm, objectType, mapping, records, from, counts, touches);
  }

  private List<Example> leads(CrmConnection connection, String crm, ObjectMapping mapping, List<CrmRecord> records,
      Instant from, Counts counts, Optional<ActivityHistory.Touches> touches) {
    List<Person> people = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    for (CrmRecord record : records) {
      Person person;
      try {
        person = mapping.toPerson(record);
      } catch (RecordMappingException e) {
        counts.unmappable++;
        continue;
      }
      Optional<Boolean> outcome = outcomes.of(person);
      if (outcome.isEmpty()) {
        counts.open++;
      } else if (person.modifiedAt().isBefore(from)) {
        counts.beforeSince++;
      } else {
        people.add(person);
        labels.add(outcome.get());
      }
    }
    Map<RecordRef, Company> companies = companies(connection, crm, people.stream().map(Person::companyRef).toList());
    List<EnrichmentInput> inputs = new ArrayList<>(people.size());
    for (Person p : people) {
      inputs.add(EnrichmentInputs.of(p, companies.get(p.companyRef())));
    }
    List<EnrichmentResult> results = waterfall.enrich(inputs);
    List<Example> out = new ArrayList<>(people.size());
    for (int i = 0; i < people.size(); i++) {
      Person p = people.get(i);
      EnrichedPerson enriched = new EnrichedPerson(p, Optional.ofNullable(companies.get(p.companyRef())),
          results.get(i));
      List<Feature> features = new ArrayList<>(PersonFeatures.of(enriched));
      // as the record stood when its outcome was set: later activities (a customer's kick-off) are not features
      touches.ifPresent(t -> ActivityFeatures.add(t.person(p.ref()), p.modifiedAt(), features));
      out.add(new Example(p.ref().id(), p.modifiedAt(), features, labels.get(i),
          scorer.score(enriched).score() / 100.0));
    }
    return out;
  }

  private List<Example> deals(CrmConnection connection, String crm, String objectType, ObjectMapping mapping,
      List<CrmRecord> records, Instant from, Counts counts, Optional<ActivityHistory.Touches> touches) {
    List<Deal> deals = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    for (CrmRecord record : records) {
      Deal deal;
      try {
        deal = mapping.toDeal(record);
      } catch (RecordMappingException e) {
        counts.unmappable++;
        continue;
      }
      Optional<ForecastStage> stage = forecaster.model().stageOf(crm, deal.stage());
      if (stage.isEmpty() || !stage.get().closed()) {
        counts.open++;
      } else if (closedAt(deal).isBefore(from)) {
        counts.beforeSince++;
      } else {
        deals.add(deal);
        labels.add(stage.get() == ForecastStage.CLOSED_WON);
      }
    }
    Map<RecordRef, Company> companies = companies(connection, crm, deals.stream().map(Deal::companyRef).toList());
    Map<String, List<StageChange>> stages = stageHistory(connection, objectType, deals, counts);
    List<Example> out = new ArrayList<>(deals.size());
    for (int i = 0; i < deals.size(); i++) {
      Deal d = deals.get(i);
      LocalDate asOf = LocalDate.ofInstant(closedAt(d), ZoneOffset.UTC);
      Optional<LastOpenStage> last = LastOpenStage.of(stages.getOrDefault(d.ref().id(), List.of()),
          stage -> forecaster.model().stageOf(crm, stage).map(ForecastStage::closed).orElse(false), closedAt(d));
      if (last.isPresent()) {
        counts.withStageAge++;
      }
      Deal asItStood = last.map(s -> atLastOpenStage(d, s)).orElseGet(() -> withoutStageClock(d));
      List<Feature> features = new ArrayList<>(
          dealFeatures.of(asItStood, Optional.ofNullable(companies.get(d.companyRef())), asOf));
      touches.ifPresent(t -> ActivityFeatures.add(t.deal(d.ref()), closedAt(d), features));
      out.add(new Example(d.ref().id(), closedAt(d), features, labels.get(i),
          forecaster.forecast(asOpen(d, last), crm, asOf).probability() / 100.0));
    }
    return out;
  }

  /**
   * The stage changes of the kept deals, by deal id; empty when the connection reads no stage history for the
   * object, or when reading it failed once (then no deal of the history gets a stage age, rather than some).
   */
  private static Map<String, List<StageChange>> stageHistory(CrmConnection connection, String objectType,
      List<Deal> deals, Counts counts) {
    StageHistory history = connection.stageHistory();
    if (deals.isEmpty() || counts.stageHistoryFailure != null || !history.objectTypes().contains(objectType)) {
      return Map.of();
    }
    try {
      Map<String, List<StageChange>> read = history.read(objectType, deals.stream().map(d -> d.ref().id()).toList());
      counts.stagesAsked += deals.size();
      return read;
    } catch (CrmException e) {
      counts.stageHistoryFailure = e.getMessage();
      return Map.of();
    }
  }

  /**
   * After the stage history failed part of the way, the deals read before keep no stage age either: a model that saw
   * stage ages on the older deals only would learn when a deal closed, not how long it stalled.
   */
  private static List<Example> withoutStageAges(List<Example> examples) {
    List<Example> out = new ArrayList<>(examples.size());
    for (Example e : examples) {
      out.add(new Example(e.recordId(), e.at(),
          e.features().stream().filter(f -> !f.group().equals(DealFeatures.STAGE_AGE_GROUP)).toList(),
          e.positive(), e.ruleProbability()));
    }
    return out;
  }

  /** When a closed deal's outcome was set: its close date, else its last change. */
  static Instant closedAt(Deal deal) {
    return deal.closeDate() != null ? deal.closeDate().atStartOfDay(ZoneOffset.UTC).toInstant() : deal.modifiedAt();
  }

  /**
   * The deal as the rules saw it before it closed: in its last open stage, without its closed stage, which would
   * give them the answer. Without a stage history the last open stage is unknown, and the rules count it as the
   * first stage and weigh the rest.
   */
  static Deal asOpen(Deal d, Optional<LastOpenStage> last) {
    return last.map(s -> atLastOpenStage(d, s)).orElseGet(() -> new Deal(d.ref(), d.modifiedAt(), d.name(),
        d.amount(), null, d.pipeline(), d.closeDate(), null, d.ownerId(), d.companyRef(), d.contactRef(),
        d.signals()));
  }

  /**
   * A closed deal as it stood on its close day: in its last open stage since it entered it, as an open deal's
   * stage clock reads ("45 days in Negotiation/Review").
   */
  static Deal atLastOpenStage(Deal d, LastOpenStage last) {
    return new Deal(d.ref(), d.modifiedAt(), d.name(), d.amount(), last.stage(), d.pipeline(), d.closeDate(), null,
        d.ownerId(), d.companyRef(), d.contactRef(), d.signals().withStageEnteredAt(last.enteredAt()));
  }

  /**
   * A closed deal's stage clock says when it closed, not how long it sat in its last open stage (neither CRM keeps
   * that on the deal), so without a stage history its stage age is left out rather than read as "0 days in Closed
   * Won".
   */
  static Deal withoutStageClock(Deal d) {
    return new Deal(d.ref(), d.modifiedAt(), d.name(), d.amount(), d.stage(), d.pipeline(), d.closeDate(),
        d.stageProbability(), d.ownerId(), d.companyRef(), d.contactRef(), d.signals().withoutStageClock());
  }

  private Map<RecordRef, Company> companies(CrmConnection connection, String crm, Collection<RecordRef> refs) {
    return CompanyReader.read(mappings, connection, crm, refs);
  }
}
