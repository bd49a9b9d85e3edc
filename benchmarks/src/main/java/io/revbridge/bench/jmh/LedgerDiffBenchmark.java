package io.revbridge.bench.jmh;

import io.revbridge.enrichment.EnrichedPerson;
import io.revbridge.model.Person;
import io.revbridge.scoring.LeadScore;
import io.revbridge.scoring.LeadScorer;
import io.revbridge.spi.CrmRecord;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * The diff against the ledger (what Revbridge last wrote), for one record per operation, when the record as read
 * does not carry Revbridge's fields (they were not fetched, or the CRM's search index has not caught up): the
 * ledger decides. `unchanged`: the ledger holds the values rendered now, nothing is written (the common case on
 * every pass after the first); `scoreChanged`: the ledger holds an older score, grade and reasons, so those are
 * written with the scored-at stamp. The input fingerprint's echo check is package-private in the engine and not
 * measured here.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LedgerDiffBenchmark {
  private final Instant now = Instant.parse("2026-11-27T12:00:00Z");
  private StageData data;
  private CrmRecord[] records;
  private Map<String, Object>[] results;
  private Map<String, String>[] sameLedger;
  private Map<String, String>[] olderLedger;
  private int next;

  @Setup
  @SuppressWarnings("unchecked")
  public void load() {
    data = StageData.load();
    var companies = data.mappedCompanies();
    LeadScorer scorer = LeadScorer.withDefaults();
    int n = data.contacts.length;
    records = new CrmRecord[n];
    results = new Map[n];
    sameLedger = new Map[n];
    olderLedger = new Map[n];
    for (int i = 0; i < n; i++) {
      CrmRecord r = data.contacts[i];
      Map<String, String> withoutOurs = new HashMap<>(r.fields());
      data.contactMapping.ownedFields().forEach(f -> withoutOurs.remove(f.name()));
      records[i] = new CrmRecord(r.ref(), r.modifiedAt(), withoutOurs, false);
      Person p = data.contactMapping.toPerson(r);
      LeadScore s = scorer.score(EnrichedPerson.unenriched(p, Optional.ofNullable(companies.get(p.companyRef()))));
      Map<String, Object> res = StageData.scoreResults(s);
      results[i] = res;
      sameLedger[i] = Map.copyOf(data.contactMapping.outbound(res));
      Map<String, Object> older = new LinkedHashMap<>(res);
      older.put("leadScore.score", s.score() + 7);
      older.put("leadScore.reasons", "+7 an older model");
      olderLedger[i] = Map.copyOf(data.contactMapping.outbound(older));
    }
  }

  @Benchmark
  public Map<String, String> unchanged() {
    int i = advance();
    return OutboundDiff.changed(data.contactMapping, records[i], sameLedger[i], results[i], now);
  }

  @Benchmark
  public Map<String, String> scoreChanged() {
    int i = advance();
    return OutboundDiff.changed(data.contactMapping, records[i], olderLedger[i], results[i], now);
  }

  private int advance() {
    int i = next;
    next = i + 1 == records.length ? 0 : i + 1;
    return i;
  }
}
