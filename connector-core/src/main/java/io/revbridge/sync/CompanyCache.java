package io.revbridge.sync;

import io.revbridge.model.Company;
import io.revbridge.model.RecordRef;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The companies read during the current pass, so a company shared by many people is read from the CRM once per
 * pass, not once per batch: company reads were a third of a backfill's calls. Bounded (least recently used go
 * first) and emptied when a pass begins, so a company changed in the CRM is seen by the next pass at the latest.
 * Not thread-safe; the engine's pass owns it.
 */
final class CompanyCache {
  static final int CAPACITY = 20_000;

  private final Map<RecordRef, Company> companies = new LinkedHashMap<>(1024, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<RecordRef, Company> eldest) {
      return size() > CAPACITY;
    }
  };

  Optional<Company> get(RecordRef ref) {
    return Optional.ofNullable(companies.get(ref));
  }

  void put(Company company) {
    companies.put(company.ref(), company);
  }

  void clear() {
    companies.clear();
  }
}
