package io.revbridge.enrichment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Answers from a table (record key → candidates) and records every batch it was asked. */
final class FakeProvider implements EnrichmentProvider {
  private final String name;
  private final Set<String> fields;
  private final Map<String, Map<String, Candidate>> answers = new HashMap<>();
  private final Map<String, ProviderAnswer> failures = new HashMap<>();
  private Duration ttl = Duration.ZERO;
  final List<List<String>> calls = new ArrayList<>();

  FakeProvider(String name, String... fields) {
    this.name = name;
    this.fields = Set.of(fields);
  }

  FakeProvider knows(String recordKey, String field, Object value, double confidence) {
    answers.computeIfAbsent(recordKey, k -> new HashMap<>()).put(field, new Candidate(value, confidence));
    return this;
  }

  FakeProvider failsFor(String recordKey, FailureKind kind) {
    failures.put(recordKey, ProviderAnswer.failed(kind, kind + " from " + name));
    return this;
  }

  FakeProvider cachedFor(Duration ttl) {
    this.ttl = ttl;
    return this;
  }

  List<String> askedKeys() {
    return calls.stream().flatMap(List::stream).toList();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Set<String> fields() {
    return fields;
  }

  @Override
  public Duration cacheTtl() {
    return ttl;
  }

  @Override
  public List<ProviderAnswer> enrich(List<EnrichmentInput> batch) {
    calls.add(batch.stream().map(EnrichmentInput::key).toList());
    List<ProviderAnswer> out = new ArrayList<>();
    for (EnrichmentInput input : batch) {
      ProviderAnswer failure = failures.get(input.key());
      out.add(failure != null ? failure : ProviderAnswer.of(answers.getOrDefault(input.key(), Map.of())));
    }
    return out;
  }
}
