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
 * Thread-safe: the page reader fills it ahead of the batches ({@link LeadPipeline#readCompaniesAhead}). A company
 * read in one pass and put after the next one began is dropped, as it may be older than that pass.
 */
final class CompanyCache {
  static final int CAPACITY = 20_000;

  private final Map<RecordRef, Company> companies = new LinkedHashMap<>(1024, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<RecordRef, Company> eldest) {
      return size() > CAPACITY;
    }
  };
  private long pass;

  synchronized Optional<Company> get(RecordRef ref) {
    return Optional.ofNullable(companies.get(ref));
  }

  /** The current pass, to hand back to {@link #put} with what is read during it. */
  synchronized long pass() {
    return pass;
  }

  /** Keeps the company if it was read in the current pass ({@code readInPass}, from {@link #pass()}). */
  synchronized void put(Company company, long readInPass) {
    if (readInPass == pass) {
      companies.put(company.ref(), company);
    }
  }

  /** Starts a new pass: forgets every company. */
  synchronized void clear() {
    companies.clear();
    pass++;
  }
}
