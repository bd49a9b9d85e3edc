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
import io.revbridge.spi.CrmRecord;
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
 * evaluation compares like with like. Reads the CRM only; writes nothing.
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
            examples.addAll(examples(object, connection, crm, mapping.get(), batch, from, counts));
            batch.clear();
          }
        }
        cursor = page.nextCursor();
        // read on past a page held back to spare the API allowance: a training set cut short would be
        // skewed towards the oldest records without a word
      } while (page.continues());
      examples.addAll(examples(object, connection, crm, mapping.get(), batch, from, counts));
      progress.accept(objectType + ": " + counts.read + " records read, " + examples.size() + " with an outcome");
    }
    return new History(examples, counts.read, counts.open, counts.unmappable, counts.beforeSince);
  }

  private static final class Counts {
    int read;
    int open;
    int unmappable;
    int beforeSince;
  }

  private List<Example> examples(PredictedObject object, CrmConnection connection, String crm,
      ObjectMapping mapping, List<CrmRecord> records, Instant from, Counts counts) {
    return object == PredictedObject.LEADS
        ? leads(connection, crm, mapping, records, from, counts)
        : deals(connection, crm, mapping, records, from, counts);
  }

  private List<Example> leads(CrmConnection connection, String crm, ObjectMapping mapping, List<CrmRecord> records,
      Instant from, Counts counts) {
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
      out.add(new Example(p.ref().id(), p.modifiedAt(), PersonFeatures.of(enriched), labels.get(i),
          scorer.score(enriched).score() / 100.0));
    }
    return out;
  }

  private List<Example> deals(CrmConnection connection, String crm, ObjectMapping mapping, List<CrmRecord> records,
      Instant from, Counts counts) {
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
    List<Example> out = new ArrayList<>(deals.size());
    for (int i = 0; i < deals.size(); i++) {
      Deal d = deals.get(i);
      LocalDate asOf = LocalDate.ofInstant(closedAt(d), ZoneOffset.UTC);
      out.add(new Example(d.ref().id(), closedAt(d),
          dealFeatures.of(d, Optional.ofNullable(companies.get(d.companyRef())), asOf), labels.get(i),
          forecaster.forecast(asOpen(d), crm, asOf).probability() / 100.0));
    }
    return out;
  }

  /** When a closed deal's outcome was set: its close date, else its last change. */
  static Instant closedAt(Deal deal) {
    return deal.closeDate() != null ? deal.closeDate().atStartOfDay(ZoneOffset.UTC).toInstant() : deal.modifiedAt();
  }

  /**
   * The deal as the rules saw it before it closed: without its closed stage, which would give them the answer.
   * Its last open stage is not in the record, so the rules count it as the first stage and weigh the rest.
   */
  static Deal asOpen(Deal d) {
    return new Deal(d.ref(), d.modifiedAt(), d.name(), d.amount(), null, d.pipeline(), d.closeDate(), null,
        d.ownerId(), d.companyRef(), d.contactRef(), d.signals());
  }

  private Map<RecordRef, Company> companies(CrmConnection connection, String crm, Collection<RecordRef> refs) {
    return CompanyReader.read(mappings, connection, crm, refs);
  }
}
