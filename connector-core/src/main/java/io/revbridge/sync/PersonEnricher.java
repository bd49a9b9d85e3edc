package io.revbridge.sync;

import io.revbridge.enrichment.EnrichedPerson;
import io.revbridge.enrichment.EnrichmentFields;
import io.revbridge.enrichment.EnrichmentInput;
import io.revbridge.enrichment.EnrichmentInputs;
import io.revbridge.enrichment.EnrichmentResult;
import io.revbridge.enrichment.Provenanced;
import io.revbridge.enrichment.matching.AccountMatch;
import io.revbridge.mapping.MappingSet;
import io.revbridge.model.Company;
import io.revbridge.model.Person;
import io.revbridge.model.RecordRef;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The enrichment stage of the pipeline: one waterfall call for the whole batch, then lead-to-account matching,
 * whose account, owner and customer flag join the person's enrichment as fields with provenance
 * ({@code person.matchedAccount}, {@code person.accountOwnerId}, {@code person.existingCustomer}).
 * Never fails a record: a failing provider is a failure in the result, the other providers' fields stay.
 */
final class PersonEnricher {
  /** Provider name of the account-match fields in provenance. */
  static final String ACCOUNT_MATCH = "account-match";

  private final EnrichmentStage stage;
  private final AccountDirectory accounts;
  private final Clock clock;

  PersonEnricher(EnrichmentStage stage, MappingSet mappings, Clock clock) {
    this.stage = stage;
    this.accounts = new AccountDirectory(mappings, stage.accounts(), stage.freeMail(), clock);
    this.clock = clock;
  }

  /** A company from the account list read since {@code since}, if any ({@link AccountDirectory#listedSince}). */
  Optional<Company> listedCompany(ConnectionContext ctx, RecordRef ref, Instant since) {
    return accounts.listedSince(ctx, ref, since);
  }

  /** One enriched person per person, in order. */
  List<EnrichedPerson> enrich(ConnectionContext ctx, List<Person> people, Map<RecordRef, Company> companies) {
    List<EnrichmentInput> inputs = new ArrayList<>(people.size());
    for (Person person : people) {
      inputs.add(EnrichmentInputs.of(person, companies.get(person.companyRef())));
    }
    List<EnrichmentResult> results = stage.waterfall().enrich(inputs);
    Instant now = clock.instant();
    List<EnrichedPerson> enriched = new ArrayList<>(people.size());
    for (int i = 0; i < people.size(); i++) {
      Person person = people.get(i);
      Company company = companies.get(person.companyRef());
      EnrichmentResult result = withAccount(results.get(i), accounts.match(ctx, person, company), now);
      result.fields().forEach((field, value) -> {
        if (!Provenanced.CRM.equals(value.provider())) {
          stage.filled().filled(field, value.provider());
        }
      });
      enriched.add(new EnrichedPerson(person, Optional.ofNullable(company), result));
    }
    return enriched;
  }

  private static EnrichmentResult withAccount(EnrichmentResult result, Optional<AccountMatch> match, Instant now) {
    if (match.isEmpty()) {
      return result;
    }
    AccountMatch m = match.get();
    Map<String, Provenanced<?>> fields = new HashMap<>(result.fields());
    fields.put(EnrichmentFields.PERSON_MATCHED_ACCOUNT, new Provenanced<>(m.company(), ACCOUNT_MATCH, m.confidence(), now));
    fields.put(EnrichmentFields.PERSON_EXISTING_CUSTOMER, new Provenanced<>(m.customer(), ACCOUNT_MATCH, m.confidence(), now));
    if (m.ownerId() != null && !m.ownerId().isBlank()) {
      fields.put(EnrichmentFields.PERSON_ACCOUNT_OWNER_ID,
          new Provenanced<>(m.ownerId(), ACCOUNT_MATCH, m.confidence(), now));
    }
    return new EnrichmentResult(result.recordKey(), fields, result.failures());
  }
}
