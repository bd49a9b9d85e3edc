package io.revbridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.enrichment.Candidate;
import io.revbridge.enrichment.EnrichmentCache.CachedAnswer;
import io.revbridge.enrichment.FailureKind;
import io.revbridge.enrichment.ProviderAnswer;
import io.revbridge.enrichment.title.BuyingRole;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class EnrichmentCacheStoreTest extends StoreContract {
  private static final Instant FETCHED = T0.minus(Duration.ofHours(1));

  private static CachedAnswer answer(Map<String, Candidate> candidates, Duration ttl) {
    return new CachedAnswer(ProviderAnswer.of(candidates), FETCHED, FETCHED.plus(ttl));
  }

  @Test
  void anAnswerReadsBackWithItsValueTypesConfidencesAndTimes() {
    Map<String, Candidate> candidates = Map.of(
        "company.employees", new Candidate(250, 0.8),
        "company.annualRevenue", new Candidate(new BigDecimal("12500000.50"), 0.7),
        "company.industry", new Candidate("Computer Software", 0.9),
        "company.technologies", new Candidate(List.of("Salesforce", "Slack"), 0.6),
        "person.freeMail", new Candidate(false, 1.0));
    store.enrichmentCache().put("clearbit", "acme.com", answer(candidates, Duration.ofDays(30)));

    CachedAnswer read = store.enrichmentCache().get("clearbit", "acme.com", T0).orElseThrow();

    assertThat(read.answer().candidates()).isEqualTo(candidates);
    assertThat(read.fetchedAt()).isEqualTo(FETCHED);
    assertThat(read.expiresAt()).isEqualTo(FETCHED.plus(Duration.ofDays(30)));
  }

  @Test
  void anEmptyAnswerIsCachedAndAnEnumIsKeptAsItsName() {
    store.enrichmentCache().put("vendor", "nobody.test", answer(Map.of(), Duration.ofDays(1)));
    store.enrichmentCache().put("vendor", "acme.com",
        answer(Map.of("person.role", new Candidate(BuyingRole.DECISION_MAKER, 0.9)), Duration.ofDays(1)));

    assertThat(store.enrichmentCache().get("vendor", "nobody.test", T0).orElseThrow().answer().candidates()).isEmpty();
    assertThat(store.enrichmentCache().get("vendor", "acme.com", T0).orElseThrow().answer().candidates())
        .containsEntry("person.role", new Candidate("DECISION_MAKER", 0.9));
  }

  @Test
  void eachProviderHasItsOwnTtlAndAnExpiredAnswerIsNeverServed() {
    store.enrichmentCache().put("short", "acme.com", answer(Map.of("company.industry", new Candidate("A", 1)),
        Duration.ofHours(2)));
    store.enrichmentCache().put("long", "acme.com", answer(Map.of("company.industry", new Candidate("B", 1)),
        Duration.ofDays(30)));

    Instant later = FETCHED.plus(Duration.ofHours(2));
    assertThat(store.enrichmentCache().get("short", "acme.com", later)).isEmpty();
    assertThat(store.enrichmentCache().get("long", "acme.com", later)).isPresent();
    assertThat(store.enrichmentCache().purgeExpired(later)).isEqualTo(1);
    assertThat(store.enrichmentCache().count("short")).isZero();
    assertThat(store.enrichmentCache().count("long")).isEqualTo(1);
  }

  @Test
  void aNewerAnswerReplacesTheOlderOne() {
    store.enrichmentCache().put("vendor", "acme.com", answer(Map.of("company.industry", new Candidate("Old", 1)),
        Duration.ofDays(1)));
    store.enrichmentCache().put("vendor", "acme.com", answer(Map.of("company.industry", new Candidate("New", 1)),
        Duration.ofDays(1)));

    assertThat(store.enrichmentCache().get("vendor", "acme.com", T0).orElseThrow().answer().candidates())
        .containsEntry("company.industry", new Candidate("New", 1));
    assertThat(store.enrichmentCache().count("vendor")).isEqualTo(1);
  }

  @Test
  void aKeyTooLongForTheTableIsNotCachedAndAFailureIsRefused() {
    String longKey = "x".repeat(EnrichmentCacheStore.CACHE_KEY + 1);
    store.enrichmentCache().put("vendor", longKey, answer(Map.of(), Duration.ofDays(1)));

    assertThat(store.enrichmentCache().get("vendor", longKey, T0)).isEmpty();
    assertThat(store.enrichmentCache().count("vendor")).isZero();
    Assertions.assertThatThrownBy(() -> store.enrichmentCache().put("vendor", "acme.com",
            new CachedAnswer(ProviderAnswer.failed(FailureKind.TIMEOUT, "slow"), FETCHED, T0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("never cached");
  }
}
