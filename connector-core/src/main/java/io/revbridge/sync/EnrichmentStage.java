package io.revbridge.sync;

import io.revbridge.enrichment.InMemoryEnrichmentCache;
import io.revbridge.enrichment.FailureCounter;
import io.revbridge.enrichment.FillCounter;
import io.revbridge.enrichment.Waterfall;
import io.revbridge.enrichment.builtin.BuiltInProviders;
import io.revbridge.enrichment.email.DomainList;
import io.revbridge.enrichment.matching.AccountMatcher;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How the engine enriches people: the waterfall (providers, cache, failure counter, all wired by the caller), the
 * bounds of lead-to-account matching, and what counts the fields providers filled.
 */
public record EnrichmentStage(Waterfall waterfall, DomainList freeMail, Accounts accounts, FillCounter filled) {
  public EnrichmentStage {
    Objects.requireNonNull(waterfall, "waterfall");
    Objects.requireNonNull(freeMail, "freeMail");
    Objects.requireNonNull(accounts, "accounts");
    filled = filled == null ? FillCounter.NONE : filled;
  }

  public EnrichmentStage(Waterfall waterfall, DomainList freeMail, Accounts accounts) {
    this(waterfall, freeMail, accounts, FillCounter.NONE);
  }

  /** Built-in providers, a cache for this process only, no metrics: what tests and a bare engine use. */
  public static EnrichmentStage defaults(Clock clock) {
    return new EnrichmentStage(new Waterfall(BuiltInProviders.defaults(), new InMemoryEnrichmentCache(),
        FailureCounter.NONE, clock), DomainList.freeMail(), Accounts.defaults());
  }

  /**
   * Lead-to-account matching bounds.
   *
   * @param limit most companies per connection read for matching (0 turns matching off beyond the CRM's own
   *     association)
   * @param refresh least time between two reads of a connection's companies
   * @param nameThreshold least Jaro-Winkler similarity of company names for a fuzzy match
   */
  public record Accounts(int limit, Duration refresh, double nameThreshold) {
    public static final int DEFAULT_LIMIT = 10_000;
    public static final Duration DEFAULT_REFRESH = Duration.ofHours(1);

    public Accounts {
      if (limit < 0) {
        throw new IllegalArgumentException("account limit must be zero or more, got " + limit);
      }
      if (refresh == null || refresh.isNegative()) {
        throw new IllegalArgumentException("account refresh must be zero or positive, got " + refresh);
      }
    }

    public static Accounts defaults() {
      return new Accounts(DEFAULT_LIMIT, DEFAULT_REFRESH, AccountMatcher.DEFAULT_NAME_THRESHOLD);
    }
  }
}
