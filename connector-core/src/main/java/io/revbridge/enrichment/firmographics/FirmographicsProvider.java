package io.revbridge.enrichment.firmographics;

import io.revbridge.enrichment.Candidate;
import io.revbridge.enrichment.Confidence;
import io.revbridge.enrichment.EnrichmentFields;
import io.revbridge.enrichment.EnrichmentInput;
import io.revbridge.enrichment.EnrichmentProvider;
import io.revbridge.enrichment.ProviderAnswer;
import io.revbridge.enrichment.email.Domains;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Looks the company domain up in a {@link FirmographicsTable}. The confidence is the admin's trust in their own file
 * (default {@value #DEFAULT_CONFIDENCE}); a domain the file does not hold is an empty answer, not a failure.
 */
public final class FirmographicsProvider implements EnrichmentProvider {
  public static final String NAME = "firmographics-csv";
  public static final double DEFAULT_CONFIDENCE = 0.9;

  private final FirmographicsTable table;
  private final double confidence;

  public FirmographicsProvider(FirmographicsTable table, double confidence) {
    this.table = table;
    this.confidence = Confidence.check(confidence);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> fields() {
    return Set.of(EnrichmentFields.COMPANY_EMPLOYEES, EnrichmentFields.COMPANY_INDUSTRY,
        EnrichmentFields.COMPANY_ANNUAL_REVENUE, EnrichmentFields.COMPANY_COUNTRY, EnrichmentFields.COMPANY_TECHNOLOGIES);
  }

  @Override
  public List<ProviderAnswer> enrich(List<EnrichmentInput> batch) {
    List<ProviderAnswer> answers = new ArrayList<>(batch.size());
    for (EnrichmentInput input : batch) {
      Optional<Firmographics> found = table.find(Domains.normalise(input.text(EnrichmentFields.COMPANY_DOMAIN)));
      answers.add(found.map(this::answer).orElse(ProviderAnswer.empty()));
    }
    return answers;
  }

  private ProviderAnswer answer(Firmographics firmographics) {
    Map<String, Candidate> out = new HashMap<>(8);
    put(out, EnrichmentFields.COMPANY_EMPLOYEES, firmographics.employees());
    put(out, EnrichmentFields.COMPANY_INDUSTRY, firmographics.industry());
    put(out, EnrichmentFields.COMPANY_ANNUAL_REVENUE, firmographics.annualRevenue());
    put(out, EnrichmentFields.COMPANY_COUNTRY, firmographics.country());
    if (!firmographics.technologies().isEmpty()) {
      put(out, EnrichmentFields.COMPANY_TECHNOLOGIES, firmographics.technologies());
    }
    return ProviderAnswer.of(out);
  }

  private void put(Map<String, Candidate> out, String field, Object value) {
    if (value != null) {
      out.put(field, new Candidate(value, confidence));
    }
  }
}
