package io.revbridge.enrichment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which providers run, in which order, and who wins each field. Providers run in {@link #providers} order (put
 * providers that derive inputs for others first: email before firmographics, derived fields last). For a field,
 * {@code fieldOrder} lists provider names by preference; a field without an order prefers providers in run order.
 * The first candidate in preference order with confidence at or above {@link #threshold} wins.
 */
public record WaterfallPlan(
    List<EnrichmentProvider> providers,
    Map<String, List<String>> fieldOrder,
    double threshold,
    Map<String, FieldPolicy> policies) {
  public static final double DEFAULT_THRESHOLD = 0.5;

  public WaterfallPlan {
    providers = List.copyOf(providers);
    fieldOrder = Map.copyOf(fieldOrder);
    policies = Map.copyOf(policies);
    Confidence.check(threshold);
    Set<String> names = new java.util.HashSet<>();
    for (EnrichmentProvider provider : providers) {
      if (!names.add(provider.name())) {
        throw new IllegalArgumentException("two providers are named '" + provider.name() + "'; give each its own name");
      }
    }
    for (Map.Entry<String, List<String>> order : fieldOrder.entrySet()) {
      for (String name : order.getValue()) {
        if (!names.contains(name)) {
          throw new IllegalArgumentException("field order of '" + order.getKey() + "' names provider '" + name
              + "', which is not configured; configured providers: " + names);
        }
      }
    }
  }

  public static WaterfallPlan of(EnrichmentProvider... providers) {
    return new WaterfallPlan(List.of(providers), Map.of(), DEFAULT_THRESHOLD, Map.of());
  }

  public WaterfallPlan withFieldOrder(String field, String... providerNames) {
    Map<String, List<String>> orders = new LinkedHashMap<>(fieldOrder);
    orders.put(field, List.of(providerNames));
    return new WaterfallPlan(providers, orders, threshold, policies);
  }

  public WaterfallPlan withThreshold(double newThreshold) {
    return new WaterfallPlan(providers, fieldOrder, newThreshold, policies);
  }

  public WaterfallPlan withPolicy(String field, FieldPolicy policy) {
    Map<String, FieldPolicy> all = new HashMap<>(policies);
    all.put(field, policy);
    return new WaterfallPlan(providers, fieldOrder, threshold, all);
  }

  public FieldPolicy policy(String field) {
    return policies.getOrDefault(field, FieldPolicy.KEEP_CRM_VALUE);
  }

  /**
   * Each field's ranking of providers by index into {@link #providers}: rank 0 is preferred. Providers that fill a
   * field but are not in its order rank after the listed ones, in run order, so they still fill gaps.
   */
  Map<String, int[]> ranks() {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < providers.size(); i++) {
      index.put(providers.get(i).name(), i);
    }
    Map<String, int[]> ranks = new HashMap<>();
    for (int i = 0; i < providers.size(); i++) {
      for (String field : providers.get(i).fields()) {
        ranks.computeIfAbsent(field, f -> rankOf(f, index));
      }
    }
    return ranks;
  }

  private int[] rankOf(String field, Map<String, Integer> index) {
    List<Integer> preferred = new ArrayList<>();
    for (String name : fieldOrder.getOrDefault(field, List.of())) {
      preferred.add(index.get(name));
    }
    for (int i = 0; i < providers.size(); i++) {
      if (!preferred.contains(i) && providers.get(i).fields().contains(field)) {
        preferred.add(i);
      }
    }
    int[] rank = new int[providers.size()];
    java.util.Arrays.fill(rank, Integer.MAX_VALUE);
    for (int r = 0; r < preferred.size(); r++) {
      rank[preferred.get(r)] = r;
    }
    return rank;
  }
}
