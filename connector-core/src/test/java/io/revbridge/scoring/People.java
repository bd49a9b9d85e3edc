package io.revbridge.scoring;

import io.revbridge.model.Company;
import io.revbridge.model.IntentSignals;
import io.revbridge.model.Person;
import io.revbridge.model.PersonKind;
import io.revbridge.model.RecordRef;
import io.revbridge.model.TimingSignals;
import java.time.Instant;
import java.util.Optional;

/** A person to score, built up field by field; everything not set is unknown. */
final class People {
  private String title;
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

  Person build() {
    return new Person(new RecordRef("hubspot-main", "contacts", "501"), Instant.EPOCH, PersonKind.CONTACT,
        "dana@northwind.example", "Dana", "Reyes", title, null, "Northwind", null, industry, employees, null, null,
        null, null, null, null, null, null, null, intent, timing);
  }
}
