package io.revbridge.enrichment;

import io.revbridge.testing.FakeClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WaterfallTest {
  private static final String EMPLOYEES = EnrichmentFields.COMPANY_EMPLOYEES;
  private static final String INDUSTRY = EnrichmentFields.COMPANY_INDUSTRY;
  private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

  private final FakeClock clock = new FakeClock(T0);
  private final InMemoryEnrichmentCache cache = new InMemoryEnrichmentCache();
  private final RecordingFailureCounter counter = new RecordingFailureCounter();

  private Waterfall waterfall(WaterfallPlan plan) {
    return new Waterfall(plan, cache, counter, clock);
  }

  private static EnrichmentInput record(String key) {
    return EnrichmentInput.of(key, Map.of());
  }

  @Test
  void theFirstConfidentValueWinsAndLaterProvidersFillGaps() {
    FakeProvider local = new FakeProvider("local", EMPLOYEES, INDUSTRY).knows("r1", EMPLOYEES, 120, 0.9);
    FakeProvider vendor = new FakeProvider("vendor", EMPLOYEES, INDUSTRY)
        .knows("r1", EMPLOYEES, 150, 0.95).knows("r1", INDUSTRY, "Software", 0.8);

    EnrichmentResult result = waterfall(WaterfallPlan.of(local, vendor)).enrich(record("r1"));

    assertThat(result.fields().get(EMPLOYEES)).isEqualTo(new Provenanced<>(120, "local", 0.9, T0));
    assertThat(result.fields().get(INDUSTRY)).isEqualTo(new Provenanced<>("Software", "vendor", 0.8, T0));
  }

  @Test
  void aValueBelowTheThresholdLeavesTheGapForTheNextProvider() {
    FakeProvider guess = new FakeProvider("guess", EMPLOYEES).knows("r1", EMPLOYEES, 10, 0.3);
    FakeProvider vendor = new FakeProvider("vendor", EMPLOYEES).knows("r1", EMPLOYEES, 150, 0.7);

    EnrichmentResult result = waterfall(WaterfallPlan.of(guess, vendor)).enrich(record("r1"));

    assertThat(result.fields().get(EMPLOYEES).provider()).isEqualTo("vendor");
  }

  @Test
  void noConfidentValueLeavesTheFieldEmpty() {
    FakeProvider guess = new FakeProvider("guess", EMPLOYEES).knows("r1", EMPLOYEES, 10, 0.3);

    EnrichmentResult result = waterfall(WaterfallPlan.of(guess).withThreshold(0.5)).enrich(record("r1"));

    assertThat(result.fields()).doesNotContainKey(EMPLOYEES);
  }

  @Test
  void aFieldOrderOverridesTheRunOrder() {
    FakeProvider local = new FakeProvider("local", EMPLOYEES).knows("r1", EMPLOYEES, 120, 0.9);
    FakeProvider vendor = new FakeProvider("vendor", EMPLOYEES).knows("r1", EMPLOYEES, 150, 0.6);

    EnrichmentResult result = waterfall(WaterfallPlan.of(local, vendor).withFieldOrder(EMPLOYEES, "vendor", "local"))
        .enrich(record("r1"));

    assertThat(result.value(EMPLOYEES)).isEqualTo(150);
  }

  @Test
  void aProviderIsNotAskedAboutRecordsWhoseFieldsAreAllSettled() {
    FakeProvider local = new FakeProvider("local", EMPLOYEES).knows("r1", EMPLOYEES, 120, 0.9);
    FakeProvider vendor = new FakeProvider("vendor", EMPLOYEES).knows("r2", EMPLOYEES, 40, 0.9);

    List<EnrichmentResult> results = waterfall(WaterfallPlan.of(local, vendor)).enrich(List.of(record("r1"), record("r2")));

    assertThat(vendor.calls).containsExactly(List.of("r2"));
    assertThat(results).extracting(r -> r.value(EMPLOYEES)).containsExactly(120, 40);
  }

  @Test
  void aHumanValueInTheCrmIsKept() {
    FakeProvider vendor = new FakeProvider("vendor", EMPLOYEES, INDUSTRY)
        .knows("r1", EMPLOYEES, 150, 0.99).knows("r1", INDUSTRY, "Software", 0.99);
    EnrichmentInput input = EnrichmentInput.of("r1", Map.of(EMPLOYEES, 30));

    EnrichmentResult result = waterfall(WaterfallPlan.of(vendor)).enrich(input);

    assertThat(result.fields().get(EMPLOYEES)).isEqualTo(new Provenanced<>(30, Provenanced.CRM, 1.0, T0));
    assertThat(result.value(INDUSTRY)).isEqualTo("Software");
  }

  @Test
  void anOverwritePolicyLetsAProviderReplaceTheCrmValue() {
    FakeProvider vendor = new FakeProvider("vendor", EMPLOYEES).knows("r1", EMPLOYEES, 150, 0.9);
    EnrichmentInput input = EnrichmentInput.of("r1", Map.of(EMPLOYEES, 30));

    EnrichmentResult result = waterfall(WaterfallPlan.of(vendor).withPolicy(EMPLOYEES, FieldPolicy.OVERWRITE))
        .enrich(input);

    assertThat(result.fields().get(EMPLOYEES).provider()).isEqualTo("vendor");
    assertThat(result.value(EMPLOYEES)).isEqualTo(150);
  }

  @Test
  void underAnOverwritePolicyTheCrmValueStaysWhenNoProviderKnowsBetter() {
    FakeProvider vendor = new FakeProvider("vendor", EMPLOYEES).knows("r1", EMPLOYEES, 150, 0.2);
    EnrichmentInput input = EnrichmentInput.of("r1", Map.of(EMPLOYEES, 30));

    EnrichmentResult result = waterfall(WaterfallPlan.of(vendor).withPolicy(EMPLOYEES, FieldPolicy.OVERWRITE))
        .enrich(input);

    assertThat(result.fields().get(EMPLOYEES)).isEqualTo(new Provenanced<>(30, Provenanced.CRM, 1.0, T0));
  }

  @Test
  void aThrowingProviderDegradesToTheNextOneAndIsCounted() {
    FailingProvider broken = new FailingProvider("broken", false, EMPLOYEES);
    FakeProvider local = new FakeProvider("local", EMPLOYEES).knows("r1", EMPLOYEES, 120, 0.9);

    List<EnrichmentResult> results = waterfall(WaterfallPlan.of(broken, local)).enrich(List.of(record("r1"), record("r2")));

    assertThat(results.get(0).value(EMPLOYEES)).isEqualTo(120);
    assertThat(results.get(0).failures()).containsExactly(
        new ProviderFailure("broken", "r1", FailureKind.ERROR, "IllegalStateException: boom"));
    assertThat(counter.counted).containsExactly("broken:ERROR", "broken:ERROR");
  }

  @Test
  void aTimeoutIsCountedAsATimeout() {
    FailingProvider slow = new FailingProvider("slow", true, EMPLOYEES);

    EnrichmentResult result = waterfall(WaterfallPlan.of(slow)).enrich(record("r1"));

    assertThat(result.failures()).extracting(ProviderFailure::kind).containsExactly(FailureKind.TIMEOUT);
    assertThat(counter.counted).containsExactly("slow:TIMEOUT");
  }

  @Test
  void aFailureForOneRecordLeavesTheOthersOfTheBatchEnriched() {
    FakeProvider vendor = new FakeProvider("vendor", EMPLOYEES)
        .failsFor("r1", FailureKind.RATE_LIMITED).knows("r2", EMPLOYEES, 40, 0.9);

    List<EnrichmentResult> results = waterfall(WaterfallPlan.of(vendor)).enrich(List.of(record("r1"), record("r2")));

    assertThat(results.get(0).failures()).extracting(ProviderFailure::kind).containsExactly(FailureKind.RATE_LIMITED);
    assertThat(results.get(1).value(EMPLOYEES)).isEqualTo(40);
    assertThat(results.get(1).failures()).isEmpty();
  }

  @Test
  void aProviderThatAnswersTheWrongNumberOfTimesFailsItsBatch() {
    EnrichmentProvider sloppy = new EnrichmentProvider() {
      @Override
      public String name() {
        return "sloppy";
      }

      @Override
      public java.util.Set<String> fields() {
        return java.util.Set.of(EMPLOYEES);
      }

      @Override
      public List<ProviderAnswer> enrich(List<EnrichmentInput> batch) {
        return List.of();
      }
    };

    EnrichmentResult result = waterfall(WaterfallPlan.of(sloppy)).enrich(record("r1"));

    assertThat(result.failures()).singleElement().satisfies(f -> assertThat(f.message()).contains("once per record"));
  }

  @Test
  void cachedAnswersAreReusedUntilTheirTtlAndKeepTheirFetchTime() {
    FakeProvider vendor = new FakeProvider("vendor", EMPLOYEES).knows("r1", EMPLOYEES, 150, 0.9)
        .cachedFor(Duration.ofHours(1));
    Waterfall waterfall = waterfall(WaterfallPlan.of(vendor));

    waterfall.enrich(record("r1"));
    clock.advance(Duration.ofMinutes(59));
    EnrichmentResult cached = waterfall.enrich(record("r1"));
    clock.advance(Duration.ofMinutes(1));
    waterfall.enrich(record("r1"));

    assertThat(vendor.calls).hasSize(2);
    assertThat(cached.fields().get(EMPLOYEES).fetchedAt()).isEqualTo(T0);
  }

  @Test
  void failuresAreNotCached() {
    FakeProvider vendor = new FakeProvider("vendor", EMPLOYEES).failsFor("r1", FailureKind.SERVER_ERROR)
        .cachedFor(Duration.ofHours(1));
    Waterfall waterfall = waterfall(WaterfallPlan.of(vendor));

    waterfall.enrich(record("r1"));
    waterfall.enrich(record("r1"));

    assertThat(vendor.calls).hasSize(2);
    assertThat(cache.size()).isZero();
  }

  @Test
  void laterProvidersSeeWhatEarlierOnesSettled() {
    FakeProvider domains = new FakeProvider("domains", EnrichmentFields.COMPANY_DOMAIN)
        .knows("r1", EnrichmentFields.COMPANY_DOMAIN, "acme.com", 0.8);
    List<String> seen = new java.util.ArrayList<>();
    EnrichmentProvider lookup = new EnrichmentProvider() {
      @Override
      public String name() {
        return "lookup";
      }

      @Override
      public java.util.Set<String> fields() {
        return java.util.Set.of(EMPLOYEES);
      }

      @Override
      public List<ProviderAnswer> enrich(List<EnrichmentInput> batch) {
        batch.forEach(input -> seen.add(input.text(EnrichmentFields.COMPANY_DOMAIN)));
        return batch.stream().map(input -> ProviderAnswer.empty()).toList();
      }
    };

    waterfall(WaterfallPlan.of(domains, lookup)).enrich(record("r1"));

    assertThat(seen).containsExactly("acme.com");
  }
}
