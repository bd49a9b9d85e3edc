package io.revbridge.bench.jmh;

import io.revbridge.enrichment.EnrichmentInput;
import io.revbridge.enrichment.EnrichmentInputs;
import io.revbridge.enrichment.EnrichmentResult;
import io.revbridge.enrichment.FailureCounter;
import io.revbridge.enrichment.InMemoryEnrichmentCache;
import io.revbridge.enrichment.Waterfall;
import io.revbridge.enrichment.builtin.BuiltInProviders;
import io.revbridge.enrichment.derived.IndustryClassifier;
import io.revbridge.enrichment.email.DomainList;
import io.revbridge.enrichment.firmographics.FirmographicsCsv;
import io.revbridge.enrichment.matching.AccountMatch;
import io.revbridge.enrichment.matching.AccountMatcher;
import io.revbridge.enrichment.title.TitleClassifier;
import io.revbridge.model.Company;
import io.revbridge.model.Person;
import io.revbridge.model.RecordRef;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Enrichment with the local providers only (email and domain lists, title rules, a firmographics CSV, derived
 * fields), as the pipeline calls it: one waterfall call per batch of {@value #BATCH} people with their companies.
 * One operation is one record ({@code @OperationsPerInvocation}), so ops/s is records/s on one core. The CSV holds
 * every second sandbox company, so half the lookups hit. {@link #accountMatch} is lead-to-account matching of one
 * person without a CRM association against the sandbox's ~800 companies.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EnrichmentBenchmark {
  static final int BATCH = 100;

  private Waterfall waterfall;
  private List<List<EnrichmentInput>> batches;
  private AccountMatcher matcher;
  private Person[] unassociated;
  private int nextBatch;
  private int nextPerson;

  @Setup
  public void load() {
    StageData data = StageData.load();
    Map<RecordRef, Company> companies = data.mappedCompanies();
    StringBuilder csv = new StringBuilder("domain,employees,industry,annual_revenue,country,technologies\n");
    int row = 0;
    for (Company c : companies.values()) {
      if (c.domain() != null && row++ % 2 == 0) {
        csv.append(c.domain()).append(',').append(50 + row).append(",Computer Software,1000000,DE,Salesforce;Slack\n");
      }
    }
    waterfall = new Waterfall(BuiltInProviders.plan(TitleClassifier.builtIn(), FirmographicsCsv.parse(csv.toString(),
        "bench.csv"), IndustryClassifier.defaults(), List.of()), new InMemoryEnrichmentCache(), FailureCounter.NONE,
        Clock.systemUTC());
    Person[] people = Arrays.stream(data.contacts).map(data.contactMapping::toPerson).toArray(Person[]::new);
    batches = new ArrayList<>();
    for (int start = 0; start + BATCH <= people.length; start += BATCH) {
      List<EnrichmentInput> batch = new ArrayList<>(BATCH);
      for (int i = start; i < start + BATCH; i++) {
        // Every second person without the company record, so the CSV is asked by email domain too.
        Company company = i % 2 == 0 ? companies.get(people[i].companyRef()) : null;
        batch.add(EnrichmentInputs.of(people[i], company));
      }
      batches.add(batch);
    }
    matcher = new AccountMatcher(List.copyOf(companies.values()), DomainList.freeMail(),
        AccountMatcher.DEFAULT_NAME_THRESHOLD);
    unassociated = Arrays.stream(people).map(EnrichmentBenchmark::withoutAssociation).toArray(Person[]::new);
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public List<EnrichmentResult> waterfall() {
    int i = nextBatch;
    nextBatch = i + 1 == batches.size() ? 0 : i + 1;
    return waterfall.enrich(batches.get(i));
  }

  @Benchmark
  public Optional<AccountMatch> accountMatch() {
    int i = nextPerson;
    nextPerson = i + 1 == unassociated.length ? 0 : i + 1;
    return matcher.match(unassociated[i]);
  }

  /** The same person as the CRM would hand over a lead nobody linked to an account yet. */
  private static Person withoutAssociation(Person p) {
    return new Person(p.ref(), p.modifiedAt(), p.kind(), p.email(), p.firstName(), p.lastName(), p.title(), p.phone(),
        p.companyName(), p.website(), p.industry(), p.employees(), p.country(), p.state(), p.city(),
        p.lifecycleStage(), p.leadStatus(), p.source(), p.currentSolution(), p.ownerId(), null, p.intent(),
        p.timing());
  }
}
