package io.revbridge.config;

import io.revbridge.enrichment.derived.IndustryClassifier;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code enrichment} section of {@code revbridge.yaml}: local data files, industry lists, thresholds (in percent,
 * as the admin writes them), matching bounds and HTTP vendors in order.
 *
 * @param firmographicsFile an existing file, absolute
 * @param titleRulesFile an existing file, absolute
 * @param overwrite fields where a confident provider replaces the CRM's value
 */
public record EnrichmentConfig(
    Optional<Path> firmographicsFile,
    Optional<Path> titleRulesFile,
    List<String> targetIndustries,
    List<String> adjacentIndustries,
    int thresholdPercent,
    List<String> overwrite,
    int duplicateThresholdPercent,
    int accountNameThresholdPercent,
    int accountLimit,
    int accountRefreshMinutes,
    List<HttpProviderConfig> providers,
    Map<String, List<String>> fieldOrder) {

  public EnrichmentConfig {
    targetIndustries = List.copyOf(targetIndustries);
    adjacentIndustries = List.copyOf(adjacentIndustries);
    overwrite = List.copyOf(overwrite);
    providers = List.copyOf(providers);
    fieldOrder = Map.copyOf(fieldOrder);
  }

  /** What an absent {@code enrichment} section means. */
  public static EnrichmentConfig defaults() {
    return new EnrichmentConfig(Optional.empty(), Optional.empty(), IndustryClassifier.DEFAULT_TARGET,
        IndustryClassifier.DEFAULT_ADJACENT, 50, List.of(), 92, 90, 10_000, 60, List.of(), Map.of());
  }
}
