package io.revbridge.bench.jmh;

import io.revbridge.enrichment.EnrichedPerson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revbridge.model.Company;
import io.revbridge.model.Owner;
import io.revbridge.model.Person;
import io.revbridge.scoring.LeadScore;
import io.revbridge.scoring.LeadScorer;
import io.revbridge.spi.CrmRecord;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import io.revbridge.enrichment.EnrichmentInputs;
import io.revbridge.enrichment.EnrichmentResult;
import io.revbridge.enrichment.FailureCounter;
import io.revbridge.enrichment.InMemoryEnrichmentCache;
import io.revbridge.enrichment.Waterfall;
import io.revbridge.enrichment.builtin.BuiltInProviders;
import io.revbridge.sync.Json;
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
 * contact, map its company, enrich (the built-in local providers; its provenance serialised for the audit), score,
 * decide the owner (round robin over active owners for unowned leads),
 * serialise the audit entry, render the outbound fields and diff them against what the CRM holds. What it
 * leaves out is I/O: the CRM reads and the store (ledger, routing state, outbox), which the end-to-end
 * benchmark measures.
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
  private List<Owner> active;
  private long turn;
  private int next;

  @Setup
  public void load() {
    data = StageData.load();
    active = data.owners.stream().filter(Owner::active).toList();
  }

  @Benchmark
  public Map<String, String> oneRecord() {
    int i = next;
    next = i + 1 == data.contacts.length ? 0 : i + 1;
    CrmRecord record = data.contacts[i];

    Person person = data.contactMapping.toPerson(record);
    CrmRecord companyRecord = person.companyRef() == null ? null : data.companyRecords.get(person.companyRef());
    Company company = companyRecord == null ? null : data.companyMapping.toCompany(companyRecord);
    EnrichmentResult enriched = enrichment.enrich(EnrichmentInputs.of(person, company));
    String enrichAudit = Json.write(enriched);
    LeadScore score = scorer.score(new EnrichedPerson(person, Optional.ofNullable(company), enriched));
    String audit = write(score);

    Map<String, Object> results = new LinkedHashMap<>();
    results.put("leadScore.score", score.score());
    results.put("leadScore.grade", score.grade().name());
    results.put("leadScore.reasons", score.reasonsText());
    if (!person.hasOwner()) {
      results.put("routing.ownerId", active.get((int) (turn++ % active.size())).id());
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
