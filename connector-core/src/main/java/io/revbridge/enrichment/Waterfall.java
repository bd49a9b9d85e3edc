package io.revbridge.enrichment;

import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * Runs a {@link WaterfallPlan} over a batch of records. For each provider in run order it asks only about records
 * that still have an open field it could fill (so a paid vendor is not asked what a local file already knew),
 * takes cached answers where it can, and lets a candidate win a field when it is confident enough and comes from a
 * provider preferred over the field's current holder. A provider that throws or times out fails only itself; the
 * record goes on to the next provider.
 *
 * <p>Thread-safe when its providers and cache are: it keeps no state between calls.
 */
public final class Waterfall {
  /** A kept CRM value outranks every provider. */
  private static final int CRM_RANK = -1;
  /** Under {@code OVERWRITE} any confident provider beats the CRM's value, which stays only if none answers. */
  private static final int CRM_FALLBACK = Integer.MAX_VALUE - 1;

  private final WaterfallPlan plan;
  private final Map<String, int[]> ranks;
  private final EnrichmentCache cache;
  private final FailureCounter failures;
  private final Clock clock;

  public Waterfall(WaterfallPlan plan, EnrichmentCache cache, FailureCounter failures, Clock clock) {
    this.plan = plan;
    this.ranks = plan.ranks();
    this.cache = cache;
    this.failures = failures;
    this.clock = clock;
  }

  /** One result per input, in input order. Inputs' {@code settled} maps are ignored: the CRM's values start it. */
  public List<EnrichmentResult> enrich(List<EnrichmentInput> inputs) {
    Instant now = clock.instant();
    List<RecordState> states = new ArrayList<>(inputs.size());
    for (EnrichmentInput input : inputs) {
      states.add(start(input, now));
    }
    List<EnrichmentProvider> providers = plan.providers();
    for (int p = 0; p < providers.size(); p++) {
      runProvider(p, providers.get(p), states);
    }
    List<EnrichmentResult> results = new ArrayList<>(states.size());
    for (RecordState state : states) {
      results.add(new EnrichmentResult(state.key, state.settled, state.failures));
    }
    return results;
  }

  public EnrichmentResult enrich(EnrichmentInput input) {
    return enrich(List.of(input)).get(0);
  }

  private RecordState start(EnrichmentInput input, Instant now) {
    RecordState state = new RecordState(input.key(), input.known());
    for (Map.Entry<String, Object> entry : input.known().entrySet()) {
      Object value = entry.getValue();
      boolean present = value != null && !(value instanceof String text && text.isBlank());
      if (present) {
        boolean keep = plan.policy(entry.getKey()) == FieldPolicy.KEEP_CRM_VALUE;
        state.settle(entry.getKey(), new Provenanced<>(value, Provenanced.CRM, 1.0, now), keep ? CRM_RANK : CRM_FALLBACK);
      }
    }
    return state;
  }

  private void runProvider(int p, EnrichmentProvider provider, List<RecordState> states) {
    List<RecordState> asked = new ArrayList<>();
    List<EnrichmentInput> toCall = new ArrayList<>();
    List<String> cacheKeys = new ArrayList<>();
    boolean cached = provider.cacheTtl().compareTo(java.time.Duration.ZERO) > 0;
    Instant now = clock.instant();
    for (RecordState state : states) {
      if (!state.hasOpenField(provider, p)) {
        continue;
      }
      EnrichmentInput input = state.input();
      if (cached) {
        String cacheKey = provider.cacheKey(input);
        if (cacheKey == null) {
          continue;
        }
        Optional<EnrichmentCache.CachedAnswer> hit = cache.get(provider.name(), cacheKey, now);
        if (hit.isPresent()) {
          apply(p, provider, state, hit.get().answer(), hit.get().fetchedAt());
          continue;
        }
        cacheKeys.add(cacheKey);
      }
      asked.add(state);
      toCall.add(input);
    }
    if (toCall.isEmpty()) {
      return;
    }
    List<ProviderAnswer> answers = call(provider, toCall);
    Instant fetchedAt = clock.instant();
    for (int i = 0; i < asked.size(); i++) {
      ProviderAnswer answer = answers.get(i);
      if (cached && !answer.failed()) {
        cache.put(provider.name(), cacheKeys.get(i),
            new EnrichmentCache.CachedAnswer(answer, fetchedAt, fetchedAt.plus(provider.cacheTtl())));
      }
      apply(p, provider, asked.get(i), answer, fetchedAt);
    }
  }

  private List<ProviderAnswer> call(EnrichmentProvider provider, List<EnrichmentInput> batch) {
    try {
      List<ProviderAnswer> answers = provider.enrich(batch);
      if (answers == null || answers.size() != batch.size()) {
        return allFailed(batch.size(), FailureKind.ERROR, "provider answered " + (answers == null ? "null" : answers.size())
            + " times for " + batch.size() + " records; it must answer once per record");
      }
      return answers;
    } catch (RuntimeException e) {
      FailureKind kind = isTimeout(e) ? FailureKind.TIMEOUT : FailureKind.ERROR;
      return allFailed(batch.size(), kind, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private static List<ProviderAnswer> allFailed(int size, FailureKind kind, String message) {
    return Collections.nCopies(size, ProviderAnswer.failed(kind, message));
  }

  private static boolean isTimeout(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TimeoutException || t instanceof HttpTimeoutException) {
        return true;
      }
    }
    return false;
  }

  private void apply(int p, EnrichmentProvider provider, RecordState state, ProviderAnswer answer, Instant fetchedAt) {
    if (answer.failed()) {
      state.failures.add(new ProviderFailure(provider.name(), state.key, answer.failure(), answer.failureMessage()));
      failures.failed(provider.name(), answer.failure());
      return;
    }
    for (Map.Entry<String, Candidate> entry : answer.candidates().entrySet()) {
      String field = entry.getKey();
      Candidate candidate = entry.getValue();
      int[] fieldRanks = ranks.get(field);
      if (fieldRanks == null || fieldRanks[p] == Integer.MAX_VALUE || candidate.confidence() < plan.threshold()) {
        continue;
      }
      if (fieldRanks[p] < state.rank(field)) {
        state.settle(field, new Provenanced<>(candidate.value(), provider.name(), candidate.confidence(), fetchedAt),
            fieldRanks[p]);
      }
    }
  }

  /** A record's progress through the waterfall: settled fields with the rank of the provider that holds each. */
  private final class RecordState {
    final String key;
    final Map<String, Object> known;
    final Map<String, Provenanced<?>> settled = new HashMap<>();
    final Map<String, Integer> settledRank = new HashMap<>();
    final List<ProviderFailure> failures = new ArrayList<>(0);

    RecordState(String key, Map<String, Object> known) {
      this.key = key;
      this.known = known;
    }

    void settle(String field, Provenanced<?> value, int rank) {
      settled.put(field, value);
      settledRank.put(field, rank);
    }

    int rank(String field) {
      Integer rank = settledRank.get(field);
      return rank == null ? Integer.MAX_VALUE : rank;
    }

    /** Whether provider {@code p} could still win some field of this record. */
    boolean hasOpenField(EnrichmentProvider provider, int p) {
      for (String field : provider.fields()) {
        int[] fieldRanks = ranks.get(field);
        if (fieldRanks != null && fieldRanks[p] < rank(field)) {
          return true;
        }
      }
      return false;
    }

    /** A view valid for the duration of one provider call. */
    EnrichmentInput input() {
      return new EnrichmentInput(key, known, Collections.unmodifiableMap(settled));
    }
  }
}
