package io.revbridge.app;

import io.revbridge.config.ConnectionConfig;
import io.revbridge.config.RevbridgeConfig;
import io.revbridge.enrichment.EnrichedPerson;
import io.revbridge.forecast.DealForecast;
import io.revbridge.forecast.DealForecaster;
import io.revbridge.mapping.CanonicalKind;
import io.revbridge.mapping.CanonicalValues;
import io.revbridge.mapping.MappingSet;
import io.revbridge.mapping.ObjectMapping;
import io.revbridge.mapping.OutboundSource;
import io.revbridge.mapping.RecordMappingException;
import io.revbridge.model.Company;
import io.revbridge.model.Deal;
import io.revbridge.model.Person;
import io.revbridge.model.RecordRef;
import io.revbridge.playbook.Playbook;
import io.revbridge.playbook.PlaybookLoader;
import io.revbridge.scoring.LeadScore;
import io.revbridge.scoring.LeadScorer;
import io.revbridge.scoring.MqlScore;
import io.revbridge.spi.Change;
import io.revbridge.spi.ChangePage;
import io.revbridge.spi.CrmConnection;
import io.revbridge.spi.CrmRecord;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mappings preview}: reads a few real records (the change feed's first page, or the ids given) and shows, per record,
 * the CRM values, the canonical record and what Revbridge would write — scored by the real scorer. Reads only;
 * never writes, queues or moves a cursor.
 */
@Command(mixinStandardHelpOptions = true, name = "preview", description = "Show what the mappings make of a few real records, and what Revbridge would write.")
final class MappingsPreviewCommand implements Callable<Integer> {
  private static final int MAX_PAGES = 20;

  @ParentCommand MappingsCommand parent;
  @Spec CommandSpec spec;
  @Mixin ConfigOption config;

  @Option(names = "--connection", required = true, paramLabel = "NAME", description = "Connection name from the configuration.")
  String connectionName;

  @Option(names = "--object", required = true, paramLabel = "OBJ", description = "CRM object type, e.g. contacts or Lead.")
  String object;

  @Option(names = "--limit", defaultValue = "5", paramLabel = "N", description = "Records to show, 1-100 (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print JSON for scripts instead of a table.")
  boolean json;

  @Option(names = "--id", split = ",", paramLabel = "ID",
      description = "Preview these records (batch read) instead of the first ones of the change feed.")
  List<String> ids;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (limit < 1 || limit > 100) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be 1 to 100, not " + limit);
    }
    RevbridgeConfig cfg = config.load(parent.env());
    MappingSet mappings = Revbridge.loadMappings(cfg);
    ConnectionConfig c = cfg.connection(connectionName).orElseThrow(() -> new CommandLine.ParameterException(
        spec.commandLine(), "no connection named `" + connectionName + "` in " + config.file + "; configured: "
            + String.join(", ", cfg.connections().stream().map(ConnectionConfig::name).toList())));
    ObjectMapping mapping = mappings.forObject(c.crm(), object).orElseThrow(() -> new CommandLine.ParameterException(
        spec.commandLine(), "no mapping file for " + c.crm() + " `" + object + "`; mapped: " + String.join(", ",
            mappings.all().stream().filter(m -> m.crm().equals(c.crm())).map(ObjectMapping::objectType).toList())));
    List<PreviewRow> rows;
    try (CrmConnection connection = new Adapters().forCrm(c.crm()).open(c.toSettings())) {
      rows = rows(connection, mappings, mapping, read(connection, mapping), PlaybookLoader.load(cfg.playbook()));
    }
    if (json) {
      PreviewPrinter.json(rows, out);
    } else {
      PreviewPrinter.table(rows, mapping.canonical().yamlName(), out);
      long failed = rows.stream().filter(r -> r.error() != null).count();
      out.println("preview: " + rows.size() + " records of " + c.name() + "/" + object + " (" + mapping.location() + " → "
          + mapping.canonical().yamlName() + "), " + failed + " could not be mapped; nothing was written");
    }
    return RevbridgeMain.OK;
  }

  private List<CrmRecord> read(CrmConnection connection, ObjectMapping mapping) {
    Set<String> fields = new TreeSet<>(mapping.inboundFields());
    mapping.mappedFields().forEach(f -> fields.add(f.crmField()));
    if (ids != null && !ids.isEmpty()) {
      return connection.reader().read(mapping.objectType(), ids.stream().limit(limit).toList(), fields);
    }
    List<CrmRecord> records = new ArrayList<>();
    String cursor = null;
    for (int page = 0; page < MAX_PAGES && records.size() < limit; page++) {
      ChangePage changes = connection.changeFeed().poll(mapping.objectType(), cursor, fields);
      for (Change change : changes.changes()) {
        change.record().filter(r -> !r.archived()).filter(r -> records.size() < limit).ifPresent(records::add);
      }
      if (!changes.hasMore()) {
        break;
      }
      cursor = changes.nextCursor();
    }
    return records;
  }

  private static List<PreviewRow> rows(CrmConnection connection, MappingSet mappings, ObjectMapping mapping,
      List<CrmRecord> records, Playbook playbook) {
    Map<RecordRef, Company> companies = mapping.canonical() == CanonicalKind.PERSON
        ? companies(connection, mappings, mapping, records) : Map.of();
    LeadScorer scorer = new LeadScorer(playbook.lead());
    DealForecaster forecaster = new DealForecaster(playbook.forecast());
    Instant now = Instant.now();
    List<PreviewRow> rows = new ArrayList<>();
    for (CrmRecord record : records) {
      Map<String, String> crm = new LinkedHashMap<>();
      mapping.mappedFields().forEach(f -> Optional.ofNullable(record.field(f.crmField())).ifPresent(v -> crm.put(f.crmField(), v)));
      Record canonical;
      try {
        canonical = switch (mapping.canonical()) {
          case PERSON -> mapping.toPerson(record);
          case COMPANY -> mapping.toCompany(record);
          case DEAL -> mapping.toDeal(record);
        };
      } catch (RecordMappingException e) {
        rows.add(new PreviewRow(record.ref(), crm, Map.of(), e.getMessage(), Map.of(), null));
        continue;
      }
      Map<String, String> outbound = Map.of();
      String routeField = null;
      if (canonical instanceof Person person) {
        // enriched as the pipeline does with the built-in sources (title rules, derived fields), so the role and
        // company fit shown are the ones a sync would score; vendors are not called by a preview
        Company company = companies.get(person.companyRef());
        EnrichedPerson enriched = new EnrichedPerson(person, Optional.ofNullable(company),
            OfflineRecords.enrich(person, company, Clock.systemUTC()));
        LeadScore score = scorer.score(enriched);
        MqlScore mql = scorer.mql(enriched);
        Map<String, Object> results = new LinkedHashMap<>();
        results.put(OutboundSource.SCORE.path(), score.score());
        results.put(OutboundSource.GRADE.path(), score.grade().name());
        results.put(OutboundSource.REASONS.path(), score.reasonsText());
        results.put(OutboundSource.SCORED_AT.path(), now);
        results.put(OutboundSource.MQL_SCORE.path(), mql.score());
        results.put(OutboundSource.MQL_QUALIFIED.path(), mql.qualified());
        outbound = mapping.outbound(results);
        routeField = person.hasOwner() ? null : mapping.outboundField(OutboundSource.ROUTED_OWNER_ID).orElse(null);
      } else if (canonical instanceof Deal deal) {
        DealForecast forecast = forecaster.forecast(deal, mapping.crm(), LocalDate.ofInstant(now, ZoneOffset.UTC));
        Map<String, Object> results = new LinkedHashMap<>();
        results.put(OutboundSource.FORECAST_PROBABILITY.path(), forecast.probability());
        results.put(OutboundSource.FORECAST_EXPECTED_VALUE.path(), forecast.expectedValue());
        results.put(OutboundSource.FORECAST_REASONS.path(), forecast.reasonsText());
        outbound = mapping.outbound(results);
      }
      rows.add(new PreviewRow(record.ref(), crm, CanonicalValues.of(canonical), null, outbound, routeField));
    }
    return rows;
  }

  /** The companies the people point at, mapped as a sync would, so the preview scores company fit the same way. */
  private static Map<RecordRef, Company> companies(CrmConnection connection, MappingSet mappings, ObjectMapping people,
      List<CrmRecord> records) {
    Map<String, List<String>> idsByType = new LinkedHashMap<>();
    for (CrmRecord record : records) {
      try {
        RecordRef ref = people.toPerson(record).companyRef();
        if (ref != null) {
          idsByType.computeIfAbsent(ref.objectType(), t -> new ArrayList<>()).add(ref.id());
        }
      } catch (RecordMappingException e) {
        // shown on the record's own row
      }
    }
    Map<RecordRef, Company> companies = new LinkedHashMap<>();
    idsByType.forEach((type, ids) -> mappings.forObject(people.crm(), type).ifPresent(m -> {
      for (CrmRecord r : connection.reader().read(type, ids.stream().distinct().toList(), m.inboundFields())) {
        try {
          companies.put(r.ref(), m.toCompany(r));
        } catch (RecordMappingException e) {
          // the company's own problem; the person is scored as with an unknown company
        }
      }
    }));
    return companies;
  }
}
