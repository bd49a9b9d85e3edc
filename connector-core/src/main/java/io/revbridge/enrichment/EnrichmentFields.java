package io.revbridge.enrichment;

/**
 * Canonical names of the fields enrichment reads and fills. Inputs use the canonical model's names with the record as
 * prefix ({@code person.email}, {@code company.domain}); the rest are fields the model does not hold yet, carried in
 * {@link EnrichmentResult} until the pipeline gives them a home.
 */
public final class EnrichmentFields {
  public static final String PERSON_EMAIL = "person.email";
  public static final String PERSON_TITLE = "person.title";
  public static final String PERSON_WEBSITE = "person.website";
  public static final String PERSON_COUNTRY = "person.country";
  public static final String PERSON_ROLE = "person.role";
  public static final String PERSON_SENIORITY = "person.seniority";
  public static final String PERSON_DEPARTMENT = "person.department";
  public static final String PERSON_EMAIL_VALID = "person.emailValid";
  public static final String PERSON_EMAIL_DOMAIN = "person.emailDomain";
  public static final String PERSON_FREE_MAIL = "person.freeMail";
  public static final String PERSON_DISPOSABLE_EMAIL = "person.disposableEmail";
  /** The account (a {@code RecordRef}) lead-to-account matching tied the person to. */
  public static final String PERSON_MATCHED_ACCOUNT = "person.matchedAccount";
  /** The owner of the matched account (a CRM user id), for "existing customer → account manager" routing. */
  public static final String PERSON_ACCOUNT_OWNER_ID = "person.accountOwnerId";
  /** Whether the matched account is a customer ({@code Boolean}). */
  public static final String PERSON_EXISTING_CUSTOMER = "person.existingCustomer";

  public static final String COMPANY_NAME = "company.name";
  public static final String COMPANY_DOMAIN = "company.domain";
  public static final String COMPANY_WEBSITE = "company.website";
  public static final String COMPANY_EMPLOYEES = "company.employees";
  public static final String COMPANY_INDUSTRY = "company.industry";
  public static final String COMPANY_ANNUAL_REVENUE = "company.annualRevenue";
  public static final String COMPANY_COUNTRY = "company.country";
  public static final String COMPANY_TECHNOLOGIES = "company.technologies";
  public static final String COMPANY_SIZE_BAND = "company.sizeBand";
  public static final String COMPANY_REGION = "company.region";
  public static final String COMPANY_INDUSTRY_CLASS = "company.industryClass";

  /** Every field above, for config validation ({@code fields} of an HTTP provider, {@code overwrite}). */
  public static final java.util.List<String> ALL = java.util.List.of(PERSON_EMAIL, PERSON_TITLE, PERSON_WEBSITE,
      PERSON_COUNTRY, PERSON_ROLE, PERSON_SENIORITY, PERSON_DEPARTMENT, PERSON_EMAIL_VALID, PERSON_EMAIL_DOMAIN,
      PERSON_FREE_MAIL, PERSON_DISPOSABLE_EMAIL, COMPANY_NAME, COMPANY_DOMAIN, COMPANY_WEBSITE, COMPANY_EMPLOYEES,
      COMPANY_INDUSTRY, COMPANY_ANNUAL_REVENUE, COMPANY_COUNTRY, COMPANY_TECHNOLOGIES, COMPANY_SIZE_BAND,
      COMPANY_REGION, COMPANY_INDUSTRY_CLASS);

  private EnrichmentFields() {}
}
