package io.revbridge.enrichment.firmographics;

import java.math.BigDecimal;
import java.util.List;

/** What a company's own data file says about one domain; unknown values are {@code null}, technologies never null. */
public record Firmographics(
    String domain, Integer employees, String industry, BigDecimal annualRevenue, String country, List<String> technologies) {
  public Firmographics {
    technologies = technologies == null ? List.of() : List.copyOf(technologies);
  }
}
