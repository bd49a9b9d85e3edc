package io.revbridge.enrichment.matching;

import io.revbridge.model.Company;
import io.revbridge.model.Person;
import io.revbridge.model.RecordRef;

/** Canonical records with only the fields matching reads. */
final class Records {
  private Records() {}

  static Person person(String id, String first, String last, String email, String phone, String companyName) {
    return person("hubspot", id, first, last, email, phone, companyName, null, null);
  }

  static Person person(String connection, String id, String first, String last, String email, String phone,
      String companyName, String website, RecordRef companyRef) {
    return new Person(new RecordRef(connection, "contacts", id), null, null, email, first, last, null, phone,
        companyName, website, null, null, null, null, null, null, null, null, null, null, companyRef, null, null);
  }

  static Company company(String id, String name, String domain, String type, String ownerId) {
    return new Company(new RecordRef("hubspot", "companies", id), null, name, domain, null, null, null, null, null, null,
        type, ownerId);
  }
}
