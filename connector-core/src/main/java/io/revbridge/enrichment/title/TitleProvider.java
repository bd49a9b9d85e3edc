package io.revbridge.enrichment.title;

import io.revbridge.enrichment.Candidate;
import io.revbridge.enrichment.EnrichmentFields;
import io.revbridge.enrichment.EnrichmentInput;
import io.revbridge.enrichment.EnrichmentProvider;
import io.revbridge.enrichment.ProviderAnswer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fills role, seniority and department from {@code person.title}. An unrecognised title gives UNKNOWN with low
 * confidence, below the default threshold, so a vendor later in the waterfall may still fill the gap.
 */
public final class TitleProvider implements EnrichmentProvider {
  public static final String NAME = "title-rules";

  private final TitleClassifier classifier;

  public TitleProvider(TitleClassifier classifier) {
    this.classifier = classifier;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> fields() {
    return Set.of(EnrichmentFields.PERSON_ROLE, EnrichmentFields.PERSON_SENIORITY, EnrichmentFields.PERSON_DEPARTMENT);
  }

  @Override
  public List<ProviderAnswer> enrich(List<EnrichmentInput> batch) {
    List<ProviderAnswer> answers = new ArrayList<>(batch.size());
    for (EnrichmentInput input : batch) {
      String title = input.text(EnrichmentFields.PERSON_TITLE);
      if (title == null) {
        answers.add(ProviderAnswer.empty());
        continue;
      }
      TitleProfile profile = classifier.classify(title);
      answers.add(ProviderAnswer.of(Map.of(
          EnrichmentFields.PERSON_ROLE, new Candidate(profile.role().name(), profile.seniorityConfidence()),
          EnrichmentFields.PERSON_SENIORITY, new Candidate(profile.seniority().name(), profile.seniorityConfidence()),
          EnrichmentFields.PERSON_DEPARTMENT,
          new Candidate(profile.department().name(), profile.departmentConfidence()))));
    }
    return answers;
  }
}
