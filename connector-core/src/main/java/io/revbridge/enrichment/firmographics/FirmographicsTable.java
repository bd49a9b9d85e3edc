package io.revbridge.enrichment.firmographics;

import io.revbridge.enrichment.data.DataProblem;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Firmographics by normalised domain, with the rows that could not be read. Bad rows are skipped and reported, not
 * fatal: a 100,000-line export with three typos should still enrich the other 99,997 companies.
 */
public record FirmographicsTable(Map<String, Firmographics> byDomain, List<DataProblem> problems) {
  public FirmographicsTable {
    byDomain = Map.copyOf(byDomain);
    problems = List.copyOf(problems);
  }

  public Optional<Firmographics> find(String normalisedDomain) {
    return normalisedDomain == null ? Optional.empty() : Optional.ofNullable(byDomain.get(normalisedDomain));
  }

  public int size() {
    return byDomain.size();
  }
}
