package io.revbridge.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.revbridge.enrichment.EnrichedPerson;
import io.revbridge.forecast.DealForecast;
import io.revbridge.forecast.DealForecaster;
import io.revbridge.mapping.CanonicalKind;
import io.revbridge.mapping.MappingSet;
import io.revbridge.mapping.ObjectMapping;
import io.revbridge.mapping.RecordMappingException;
import io.revbridge.model.Company;
import io.revbridge.model.Person;
import io.revbridge.playbook.Playbook;
import io.revbridge.playbook.PlaybookLoader;
import io.revbridge.scoring.LeadScore;
import io.revbridge.scoring.LeadScorer;
import io.revbridge.scoring.MqlScore;
import io.revbridge.scoring.Recommendation;
import io.revbridge.scoring.ScoreReason;
import io.revbridge.spi.CrmRecord;
import io.revbridge.sync.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Scores one person or forecasts one deal offline, from the record as the CRM's API returns it: mapping, the
 * built-in enrichment, then the playbook's models. No CRM call, nothing stored. Prints JSON.
 */
@Command(mixinStandardHelpOptions = true, name = "explain",
    description = "Score one person (lead score, MQL) or forecast one deal offline and print the result with its reasons as JSON.")
final class ScoreExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin OfflineInput in;

  @Option(names = "--playbook", paramLabel = "DIR", description = "Playbook folder (default: the built-in playbook).")
  Path playbook;

  @Option(names = "--now", paramLabel = "ISO", description = "The time to score at, e.g. 2026-05-12T09:00:00Z (default: now); fixes time-based rules.")
  String now;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Instant at;
    try {
      at = now == null ? Instant.now() : Instant.parse(now);
    } catch (DateTimeParseException e) {
      err.println("error: --now `" + now + "` is not an ISO-8601 instant (fix: write it like 2026-05-12T09:00:00Z)");
      return RevbridgeMain.BAD_INPUT;
    }
    Playbook rules = PlaybookLoader.load(Optional.ofNullable(playbook));
    MappingSet set = in.loadMappings(null);
    Optional<ObjectMapping> mapping = set.forObject(in.crm, in.object)
        .filter(m -> m.canonical() == CanonicalKind.PERSON || m.canonical() == CanonicalKind.DEAL);
    if (mapping.isEmpty()) {
      err.println("error: no person or deal mapping for " + in.crm + " " + in.object + "; scorable objects are "
          + set.all().stream().filter(m -> m.canonical() != CanonicalKind.COMPANY)
              .map(m -> m.crm() + " " + m.objectType()).toList());
      return RevbridgeMain.BAD_INPUT;
    }
    JsonNode root = OfflineRecords.readJson(in.input, err);
    if (root == null) {
      return RevbridgeMain.BAD_INPUT;
    }
    try {
      CrmRecord record = OfflineRecords.record(in.crm, in.object, root);
      ObjectNode result = mapping.get().canonical() == CanonicalKind.DEAL
          ? deal(new DealForecaster(rules.forecast()).forecast(mapping.get().toDeal(record), in.crm,
              LocalDate.ofInstant(at, ZoneOffset.UTC)))
          : person(set, mapping.get(), record, root, rules, at);
      out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(result));
      return RevbridgeMain.OK;
    } catch (IllegalArgumentException | RecordMappingException e) {
      err.println("error: " + e.getMessage());
      return RevbridgeMain.BAD_INPUT;
    }
  }

  private ObjectNode person(MappingSet set, ObjectMapping mapping, CrmRecord record, JsonNode root, Playbook rules,
      Instant at) {
    Person person = mapping.toPerson(record);
    Company company = OfflineRecords.company(set, in.crm, person, root);
    EnrichedPerson enriched = new EnrichedPerson(person, Optional.ofNullable(company),
        OfflineRecords.enrich(person, company, Clock.fixed(at, ZoneOffset.UTC)));
    LeadScorer scorer = new LeadScorer(rules.lead());
    LeadScore score = scorer.score(enriched);
    MqlScore mql = scorer.mql(enriched);
    Recommendation recommended = scorer.recommended(score.grade());
    ObjectNode json = Json.mapper().createObjectNode();
    json.put("score", score.score());
    json.put("grade", score.grade().name());
    ObjectNode categories = json.putObject("categories");
    categories.put("companyFit", score.categories().companyFit());
    categories.put("contactQuality", score.categories().contactQuality());
    categories.put("intent", score.categories().intent());
    categories.put("timing", score.categories().timing());
    ObjectNode mqlJson = json.putObject("mql");
    mqlJson.put("score", mql.score());
    mqlJson.put("qualified", mql.qualified());
    score.reasons().forEach(r -> json.withArray("reasons").add(r.line()));
    ObjectNode rec = json.putObject("recommended");
    rec.put("channel", recommended.channel().name());
    rec.put("content", recommended.content().name());
    rec.put("priority", recommended.priority().name());
    return json;
  }

  private static ObjectNode deal(DealForecast forecast) {
    ObjectNode json = Json.mapper().createObjectNode();
    json.put("probability", forecast.probability());
    if (forecast.expectedValue() == null) {
      json.putNull("expectedValue");
    } else {
      json.put("expectedValue", forecast.expectedValue());
    }
    json.put("confidence", forecast.confidence().name());
    json.putArray("adjustments");
    forecast.adjustments().stream().map(ScoreReason::line).forEach(json.withArray("adjustments")::add);
    json.putArray("risks");
    forecast.risks().forEach(json.withArray("risks")::add);
    return json;
  }
}
