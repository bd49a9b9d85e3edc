package io.revbridge.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.revbridge.config.EnrichmentConfig;
import io.revbridge.config.HttpProviderConfig;
import io.revbridge.enrichment.EnrichmentCache;
import io.revbridge.enrichment.EnrichmentProvider;
import io.revbridge.enrichment.FailureCounter;
import io.revbridge.enrichment.FieldPolicy;
import io.revbridge.enrichment.FillCounter;
import io.revbridge.enrichment.Waterfall;
import io.revbridge.enrichment.WaterfallPlan;
import io.revbridge.enrichment.builtin.BuiltInProviders;
import io.revbridge.enrichment.derived.IndustryClassifier;
import io.revbridge.enrichment.email.DomainList;
import io.revbridge.enrichment.firmographics.FirmographicsCsv;
import io.revbridge.enrichment.firmographics.FirmographicsTable;
import io.revbridge.enrichment.http.FieldPointer;
import io.revbridge.enrichment.http.HttpJsonProvider;
import io.revbridge.enrichment.http.HttpJsonProviderSpec;
import io.revbridge.enrichment.matching.DuplicateFinder;
import io.revbridge.enrichment.title.TitleClassifier;
import io.revbridge.enrichment.title.TitleRuleLoader;
import io.revbridge.sync.EnrichmentStage;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds enrichment from the {@code enrichment} section: rules (built-in plus the admin's file), the firmographics
 * file, industry lists, HTTP vendors in order, threshold and overwrite policies. A data file with bad rows loads its
 * good rows and reports each bad one to {@code warnings} with file and line; an unusable file throws
 * {@code DataFileException} naming every problem.
 */
final class EnrichmentWiring {
  static final String FAILURES_METRIC = "revbridge_enrichment_failures_total";
  static final String FIELDS_METRIC = "revbridge_enrichment_fields_total";

  private EnrichmentWiring() {}

  static WaterfallPlan plan(EnrichmentConfig c, Consumer<String> warnings) {
    TitleClassifier titles = c.titleRulesFile()
        .map(file -> new TitleClassifier(TitleRuleLoader.builtInPlus(file)))
        .orElseGet(TitleClassifier::builtIn);
    FirmographicsTable firmographics = c.firmographicsFile().map(FirmographicsCsv::load).orElse(null);
    if (firmographics != null) {
      firmographics.problems().forEach(p -> warnings.accept("enrichment: skipped a row: " + p));
    }
    List<EnrichmentProvider> vendors = new ArrayList<>();
    for (HttpProviderConfig vendor : c.providers()) {
      vendors.add(new HttpJsonProvider(spec(vendor)));
    }
    WaterfallPlan plan = BuiltInProviders.plan(titles, firmographics,
        new IndustryClassifier(c.targetIndustries(), c.adjacentIndustries()), vendors)
        .withThreshold(c.thresholdPercent() / 100.0);
    for (String field : c.overwrite()) {
      plan = plan.withPolicy(field, FieldPolicy.OVERWRITE);
    }
    for (var order : c.fieldOrder().entrySet()) {
      plan = plan.withFieldOrder(order.getKey(), order.getValue().toArray(String[]::new));
    }
    return plan;
  }

  static HttpJsonProviderSpec spec(HttpProviderConfig v) {
    double confidence = v.confidencePercent() / 100.0;
    List<FieldPointer> pointers = new ArrayList<>();
    v.fields().forEach((field, pointer) -> pointers.add(new FieldPointer(field, pointer, confidence)));
    return new HttpJsonProviderSpec(v.name(), v.url(), v.authHeader().orElse(null), v.authPrefix().orElse(null),
        v.apiKey().orElse(null), pointers, Duration.ofMillis(v.timeoutMillis()), v.maxAttempts(),
        HttpJsonProviderSpec.DEFAULT_RETRY_WAIT, HttpJsonProviderSpec.DEFAULT_MAX_RETRY_WAIT, v.requestsPerSecond(),
        Duration.ofHours(v.cacheTtlHours()));
  }

  /** Counts provider failures as {@value #FAILURES_METRIC}{provider, kind}. */
  static FailureCounter failureCounter(MeterRegistry metrics) {
    return (provider, kind) -> Counter.builder(FAILURES_METRIC).tag("provider", provider).tag("kind", kind.name())
        .description("Enrichment provider failures by provider and kind; the record went on to the next provider")
        .register(metrics).increment();
  }

  /** Counts filled fields as {@value #FIELDS_METRIC}{field, provider}: what each source contributes. */
  static FillCounter fillCounter(MeterRegistry metrics) {
    return (field, provider) -> Counter.builder(FIELDS_METRIC).tag("field", field).tag("provider", provider)
        .description("Fields enrichment filled, by field and the provider that won it (CRM values not counted)")
        .register(metrics).increment();
  }

  static EnrichmentStage stage(EnrichmentConfig c, EnrichmentCache cache, MeterRegistry metrics, Clock clock,
      Consumer<String> warnings) {
    Waterfall waterfall = new Waterfall(plan(c, warnings), cache, failureCounter(metrics), clock);
    return new EnrichmentStage(waterfall, DomainList.freeMail(), new EnrichmentStage.Accounts(c.accountLimit(),
        Duration.ofMinutes(c.accountRefreshMinutes()), c.accountNameThresholdPercent() / 100.0),
        fillCounter(metrics));
  }

  static DuplicateFinder duplicates(EnrichmentConfig c) {
    return new DuplicateFinder(c.duplicateThresholdPercent() / 100.0);
  }
}
