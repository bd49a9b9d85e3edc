package io.revbridge.enrichment;

import io.revbridge.model.Company;
import io.revbridge.model.Person;
import java.util.HashMap;
import java.util.Map;

/** Builds waterfall inputs from canonical records: the CRM's values, under {@link EnrichmentFields} names. */
public final class EnrichmentInputs {
  private EnrichmentInputs() {}

  /** A person with the company it belongs to, if known ({@code company} may be {@code null}). */
  public static EnrichmentInput of(Person person, Company company) {
    Map<String, Object> known = new HashMap<>();
    put(known, EnrichmentFields.PERSON_EMAIL, person.email());
    put(known, EnrichmentFields.PERSON_TITLE, person.title());
    put(known, EnrichmentFields.PERSON_WEBSITE, person.website());
    put(known, EnrichmentFields.PERSON_COUNTRY, person.country());
    put(known, EnrichmentFields.COMPANY_NAME, person.companyName());
    put(known, EnrichmentFields.COMPANY_INDUSTRY, person.industry());
    put(known, EnrichmentFields.COMPANY_EMPLOYEES, person.employees());
    put(known, EnrichmentFields.COMPANY_COUNTRY, person.country());
    if (company != null) {
      putCompany(known, company);
    }
    return EnrichmentInput.of(person.ref().key(), known);
  }

  /** A company (account) alone. */
  public static EnrichmentInput of(Company company) {
    Map<String, Object> known = new HashMap<>();
    putCompany(known, company);
    return EnrichmentInput.of(company.ref().key(), known);
  }

  private static void putCompany(Map<String, Object> known, Company company) {
    put(known, EnrichmentFields.COMPANY_NAME, company.name());
    put(known, EnrichmentFields.COMPANY_DOMAIN, company.domain());
    put(known, EnrichmentFields.COMPANY_INDUSTRY, company.industry());
    put(known, EnrichmentFields.COMPANY_EMPLOYEES, company.employees());
    put(known, EnrichmentFields.COMPANY_ANNUAL_REVENUE, company.annualRevenue());
    put(known, EnrichmentFields.COMPANY_COUNTRY, company.country());
  }

  /** A value the company record holds wins over the copy on the person (HubSpot's contact "company size"). */
  private static void put(Map<String, Object> known, String field, Object value) {
    if (value != null && !(value instanceof String text && text.isBlank())) {
      known.put(field, value);
    }
  }
}
