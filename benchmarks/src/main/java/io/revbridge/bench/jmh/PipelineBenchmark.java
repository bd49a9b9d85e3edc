package io.revbridge.bench.jmh;

import io.revbridge.enrichment.EnrichedPerson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revbridge.model.Company;
import io.revbridge.routing.InMemoryRoundRobin;
import io.revbridge.routing.PlaybookFiles;
import io.revbridge.routing.RoutingDecision;
import io.revbridge.routing.RoutingEngine;
import io.revbridge.routing.RoutingPlaybookLoader;
import io.revbridge.scoring.MqlScore;
import io.revbridge.model.Person;
import io.revbridge.scoring.LeadScore;
import io.revbridge.scoring.LeadScorer;
import io.revbridge.spi.CrmRecord;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import io.revbridge.enrichment.EnrichmentInputs;
import io.revbridge.enrichment.EnrichmentResult;
import io.revbridge.enrichment.FailureCounter;
import io.revbridge.enrichment.InMemoryEnrichmentCache;
import io.revbridge.enrichment.Waterfall;
import io.revbridge.enrichment.builtin.BuiltInProviders;
import io.revbridge.sync.EnrichmentAudit;
import java.time.Clock;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole in-memory pipeline for one record per operation, in {@code LeadPipeline}'s order: map the
 * contact, take its company (mapped once per pass, as the engine's company cache does), enrich (the built-in local
 * providers; its audit detail written as the engine writes it), score and MQL-score, route by the shipped playbook's
 * rule engine (teams, rules, weighted round robin; the turn kept in memory), serialise the audit entry, render the
 * outbound fields and diff them against what the CRM holds. What it leaves out is I/O: the CRM reads and the store
 * (ledger, durable routing turn, outbox), which the end-to-end benchmark measures.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PipelineBenchmark {
  private static final Map<String, String> NO_LEDGER = Map.of();
  private final LeadScorer scorer = LeadScorer.withDefaults();
  private final Waterfall enrichment = new Waterfall(BuiltInProviders.defaults(), new InMemoryEnrichmentCache(),
      FailureCounter.NONE, Clock.systemUTC());
  private final ObjectMapper json = new ObjectMapper();
  private final Instant now = Instant.parse("2026-11-27T12:00:00Z");
  private StageData data;
  private Map<io.revbridge.model.RecordRef, Company> companies;
  private RoutingEngine routing;
  private int next;

  @Setup
  public void load() {
    data = StageData.load();
    companies = data.mappedCompanies();
    routing = new RoutingEngine(RoutingPlaybookLoader.load(PlaybookFiles.builtIn()), new InMemoryRoundRobin());
  }

  @Benchmark
  public Map<String, String> oneRecord() {
    int i = next;
    next = i + 1 == data.contacts.length ? 0 : i + 1;
    CrmRecord record = data.contacts[i];

    Person person = data.contactMapping.toPerson(record);
    Company company = person.companyRef() == null ? null : companies.get(person.companyRef());
    EnrichmentResult enriched = enrichment.enrich(EnrichmentInputs.of(person, company));
    String enrichAudit = EnrichmentAudit.detail(enriched);
    EnrichedPerson lead = new EnrichedPerson(person, Optional.ofNullable(company), enriched);
    LeadScore score = scorer.score(lead);
    MqlScore mql = scorer.mql(lead);
    String audit = write(score);
    RoutingDecision route = routing.decide(lead, score, mql, false, data.owners, now);

    Map<String, Object> results = new LinkedHashMap<>();
    results.put("leadScore.score", score.score());
    results.put("leadScore.grade", score.grade().name());
    results.put("leadScore.reasons", score.reasonsText());
    results.put("mql.score", mql.score());
    results.put("mql.qualified", mql.qualified());
    if (route.changesOwner()) {
      results.put("routing.ownerId", route.ownerId());
    }
    if (route.changesOwner() || !person.hasOwner()) {
      results.put("routing.reason", route.shortReason());
    }
    Map<String, String> changed = OutboundDiff.changed(data.contactMapping, record, NO_LEDGER, results, now);
    changed.put("_audit", audit); // keeps the audit text alive so the JIT cannot drop its serialisation
    changed.put("_enrichAudit", enrichAudit);
    return changed;
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
