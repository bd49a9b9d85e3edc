package io.revbridge.enrichment;

import io.revbridge.enrichment.derived.IndustryClass;
import io.revbridge.enrichment.derived.Region;
import io.revbridge.enrichment.title.BuyingRole;
import io.revbridge.enrichment.title.Department;
import io.revbridge.enrichment.title.Seniority;
import io.revbridge.model.Company;
import io.revbridge.model.Person;
import io.revbridge.model.RecordRef;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person as the stages after enrichment see them (scoring, routing, actions): the canonical person, the company
 * record it belongs to, and what enrichment settled with its provenance. The accessors answer from enrichment first,
 * because the waterfall already weighed the CRM's values against the providers'; they fall back to the records only
 * when enrichment did not run (an unenriched person, as tests and offline tools build it).
 */
public record EnrichedPerson(Person person, Optional<Company> company, EnrichmentResult enrichment) {
  public EnrichedPerson {
    Objects.requireNonNull(person, "person");
    company = company == null ? Optional.empty() : company;
    enrichment = enrichment == null ? empty(person) : enrichment;
  }

  /** A person no provider has looked at: every enriched accessor falls back to the CRM's own values. */
  public static EnrichedPerson unenriched(Person person, Optional<Company> company) {
    return new EnrichedPerson(person, company, null);
  }

  public BuyingRole role() {
    return enumValue(EnrichmentFields.PERSON_ROLE, BuyingRole.class).orElse(BuyingRole.UNKNOWN);
  }

  public Seniority seniority() {
    return enumValue(EnrichmentFields.PERSON_SENIORITY, Seniority.class).orElse(Seniority.UNKNOWN);
  }

  public Optional<Department> department() {
    return enumValue(EnrichmentFields.PERSON_DEPARTMENT, Department.class);
  }

  /** Employees of the company: enrichment, then the company record, then the person's own copy. */
  public Optional<Integer> employees() {
    if (enrichment.value(EnrichmentFields.COMPANY_EMPLOYEES) instanceof Number n) {
      return Optional.of(n.intValue());
    }
    Integer fromCompany = company.map(Company::employees).filter(e -> e >= 0).orElse(null);
    return Optional.ofNullable(fromCompany != null ? fromCompany : person.employees()).filter(e -> e >= 0);
  }

  /** Industry: enrichment, then the company record, then the person's own copy. */
  public Optional<String> industry() {
    return text(EnrichmentFields.COMPANY_INDUSTRY)
        .or(() -> company.map(Company::industry).filter(s -> !s.isBlank()))
        .or(() -> Optional.ofNullable(person.industry()).filter(s -> !s.isBlank()));
  }

  public Optional<String> country() {
    return text(EnrichmentFields.COMPANY_COUNTRY)
        .or(() -> company.map(Company::country).filter(s -> !s.isBlank()))
        .or(() -> Optional.ofNullable(person.country()).filter(s -> !s.isBlank()));
  }

  public Optional<Region> region() {
    return enumValue(EnrichmentFields.COMPANY_REGION, Region.class);
  }

  public Optional<IndustryClass> industryClass() {
    return enumValue(EnrichmentFields.COMPANY_INDUSTRY_CLASS, IndustryClass.class);
  }

  /** The size band's label ({@code 50-200}), as the derived-fields provider settled it. */
  public Optional<String> sizeBand() {
    return text(EnrichmentFields.COMPANY_SIZE_BAND);
  }

  /** The account lead-to-account matching tied the person to (the CRM's association counts as a match). */
  public Optional<RecordRef> matchedAccount() {
    return enrichment.value(EnrichmentFields.PERSON_MATCHED_ACCOUNT) instanceof RecordRef ref
        ? Optional.of(ref) : Optional.empty();
  }

  /** The owner of the matched account, for routing an existing customer's lead to its account manager. */
  public Optional<String> accountOwnerId() {
    return text(EnrichmentFields.PERSON_ACCOUNT_OWNER_ID);
  }

  /** True when the matched account is a customer; false when it is not or no account matched. */
  public boolean existingCustomer() {
    return Boolean.TRUE.equals(enrichment.value(EnrichmentFields.PERSON_EXISTING_CUSTOMER));
  }

  /** The settled value of any enrichment field as text, for rules that name fields by their canonical name. */
  public Optional<String> text(String field) {
    Object value = enrichment.value(field);
    if (value == null) {
      return Optional.empty();
    }
    String text = value.toString();
    return text.isBlank() ? Optional.empty() : Optional.of(text);
  }

  private <E extends Enum<E>> Optional<E> enumValue(String field, Class<E> type) {
    Object value = enrichment.value(field);
    if (type.isInstance(value)) {
      return Optional.of(type.cast(value));
    }
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Enum.valueOf(type, value.toString()));
    } catch (IllegalArgumentException notOneOfOurs) {
      return Optional.empty();
    }
  }

  private static EnrichmentResult empty(Person person) {
    String key = person.ref() == null ? "" : person.ref().key();
    return new EnrichmentResult(key, java.util.Map.of(), List.of());
  }
}
