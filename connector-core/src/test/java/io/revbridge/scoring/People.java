package io.revbridge.scoring;

import io.revbridge.enrichment.EnrichedPerson;
import io.revbridge.enrichment.EnrichmentFields;
import io.revbridge.enrichment.EnrichmentResult;
import io.revbridge.enrichment.Provenanced;
import io.revbridge.enrichment.title.BuyingRole;
import io.revbridge.model.Company;
import io.revbridge.model.IntentSignals;
import io.revbridge.model.Person;
import io.revbridge.model.PersonKind;
import io.revbridge.model.RecordRef;
import io.revbridge.model.TimingSignals;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A person to score, built up field by field; everything not set is unknown. */
final class People {
  private String title;
  private BuyingRole role;
  private Optional<Company> company = Optional.empty();
  private String industry;
  private Integer employees;
  private IntentSignals intent = IntentSignals.NONE;
  private TimingSignals timing = TimingSignals.NONE;

  static People person() {
    return new People();
  }

  static Optional<Company> company(Integer employees, String industry) {
    return Optional.of(new Company(new RecordRef("hubspot-main", "companies", "9001"), Instant.EPOCH, "Northwind",
        "northwind.example", industry, employees, null, null, null, null, null, null));
  }

  People title(String title) {
    this.title = title;
    return this;
  }

  /** The role enrichment settled; without one the person is unenriched (role UNKNOWN). */
  People role(BuyingRole role) {
    this.role = role;
    return this;
  }

  People at(Optional<Company> company) {
    this.company = company;
    return this;
  }

  People industry(String industry) {
    this.industry = industry;
    return this;
  }

  People employees(Integer employees) {
    this.employees = employees;
    return this;
  }

  People intent(boolean pricingPage, int downloads, boolean webinar, int visits, int emailEngagements) {
    this.intent = new IntentSignals(visits * 3, visits, pricingPage, downloads, webinar, emailEngagements, false, false);
    return this;
  }

  People timing(boolean activeProject, boolean budgetCycle, boolean solutionExpiring) {
    this.timing = new TimingSignals(activeProject, budgetCycle, solutionExpiring);
    return this;
  }

  /** The person as scoring sees it: with the role enrichment settled, if any, and the company record. */
  EnrichedPerson enriched() {
    Person person = build();
    if (role == null) {
      return EnrichedPerson.unenriched(person, company);
    }
    EnrichmentResult result = new EnrichmentResult(person.ref().key(),
        Map.of(EnrichmentFields.PERSON_ROLE, new Provenanced<>(role, "rules", 0.9, Instant.EPOCH)), List.of());
    return new EnrichedPerson(person, company, result);
  }

  Person build() {
    return new Person(new RecordRef("hubspot-main", "contacts", "501"), Instant.EPOCH, PersonKind.CONTACT,
        "dana@northwind.example", "Dana", "Reyes", title, null, "Northwind", null, industry, employees, null, null,
        null, null, null, null, null, null, null, intent, timing);
  }
}
