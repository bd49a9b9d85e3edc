package io.revbridge.enrichment.derived;

import io.revbridge.enrichment.Candidate;
import io.revbridge.enrichment.EnrichmentFields;
import io.revbridge.enrichment.EnrichmentInput;
import io.revbridge.enrichment.EnrichmentProvider;
import io.revbridge.enrichment.ProviderAnswer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Size band, region and industry class from the employees, country and industry settled so far, so it runs last.
 * A derived value is as sure as its source: a band from a vendor's 0.7 head count has confidence 0.7.
 */
public final class DerivedFieldsProvider implements EnrichmentProvider {
  public static final String NAME = "derived";

  private final Regions regions;
  private final IndustryClassifier industries;

  public DerivedFieldsProvider(Regions regions, IndustryClassifier industries) {
    this.regions = regions;
    this.industries = industries;
  }

  public static DerivedFieldsProvider defaults() {
    return new DerivedFieldsProvider(Regions.builtIn(), IndustryClassifier.defaults());
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> fields() {
    return Set.of(EnrichmentFields.COMPANY_SIZE_BAND, EnrichmentFields.COMPANY_REGION,
        EnrichmentFields.COMPANY_INDUSTRY_CLASS);
  }

  @Override
  public List<ProviderAnswer> enrich(List<EnrichmentInput> batch) {
    List<ProviderAnswer> answers = new ArrayList<>(batch.size());
    for (EnrichmentInput input : batch) {
      answers.add(answer(input));
    }
    return answers;
  }

  private ProviderAnswer answer(EnrichmentInput input) {
    Map<String, Candidate> out = new HashMap<>(4);
    Object employees = input.value(EnrichmentFields.COMPANY_EMPLOYEES);
    if (employees instanceof Number count) {
      SizeBand band = SizeBand.of(count.intValue());
      if (band != null) {
        out.put(EnrichmentFields.COMPANY_SIZE_BAND,
            new Candidate(band.label(), input.confidence(EnrichmentFields.COMPANY_EMPLOYEES)));
      }
    }
    String countryField = input.value(EnrichmentFields.COMPANY_COUNTRY) != null
        ? EnrichmentFields.COMPANY_COUNTRY : EnrichmentFields.PERSON_COUNTRY;
    String country = input.text(countryField);
    if (country != null) {
      out.put(EnrichmentFields.COMPANY_REGION,
          new Candidate(regions.of(country).name(), input.confidence(countryField)));
    }
    String industry = input.text(EnrichmentFields.COMPANY_INDUSTRY);
    if (industry != null) {
      out.put(EnrichmentFields.COMPANY_INDUSTRY_CLASS,
          new Candidate(industries.of(industry).name(), input.confidence(EnrichmentFields.COMPANY_INDUSTRY)));
    }
    return ProviderAnswer.of(out);
  }
}
