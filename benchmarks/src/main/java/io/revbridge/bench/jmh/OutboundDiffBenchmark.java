package io.revbridge.bench.jmh;

import io.revbridge.enrichment.EnrichedPerson;
import io.revbridge.model.Person;
import io.revbridge.scoring.LeadScore;
import io.revbridge.scoring.LeadScorer;
import io.revbridge.spi.CrmRecord;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
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
 * Outbound rendering plus the diff against the values the CRM holds, for one record per operation, in the
 * two cases a sync meets: a first pass (the CRM holds none of Revbridge's fields, everything is written)
 * and a re-pass over an unchanged record (the CRM holds the same values, re-rendered as HubSpot does, so
 * nothing is written).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class OutboundDiffBenchmark {
  private static final Map<String, String> NO_LEDGER = Map.of();
  private StageData data;
  private Map<String, Object>[] results;
  private CrmRecord[] unchanged;
  private final Instant now = Instant.parse("2026-11-27T12:00:00Z");
  private int next;

  @Setup
  @SuppressWarnings("unchecked")
  public void load() {
    data = StageData.load();
    var companies = data.mappedCompanies();
    LeadScorer scorer = LeadScorer.withDefaults();
    results = new Map[data.contacts.length];
    unchanged = new CrmRecord[data.contacts.length];
    for (int i = 0; i < data.contacts.length; i++) {
      CrmRecord r = data.contacts[i];
      Person p = data.contactMapping.toPerson(r);
      LeadScore s = scorer.score(EnrichedPerson.unenriched(p, Optional.ofNullable(companies.get(p.companyRef()))));
      Map<String, Object> res = StageData.scoreResults(s);
      results[i] = res;
      Map<String, String> held = new HashMap<>(r.fields());
      data.contactMapping.outbound(res).forEach((k, v) -> held.put(k, k.equals("revbridge_score") ? v + ".0" : v));
      unchanged[i] = new CrmRecord(r.ref(), r.modifiedAt(), held, false);
    }
  }

  @Benchmark
  public Map<String, String> firstPass() {
    int i = advance();
    return OutboundDiff.changed(data.contactMapping, data.contacts[i], NO_LEDGER, results[i], now);
  }

  @Benchmark
  public Map<String, String> unchangedRecord() {
    int i = advance();
    return OutboundDiff.changed(data.contactMapping, unchanged[i], NO_LEDGER, results[i], now);
  }

  private int advance() {
    int i = next;
    next = i + 1 == results.length ? 0 : i + 1;
    return i;
  }
}
