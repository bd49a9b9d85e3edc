package io.revbridge.bench.jmh;

import io.revbridge.enrichment.EnrichedPerson;
import io.revbridge.enrichment.EnrichmentInputs;
import io.revbridge.enrichment.FailureCounter;
import io.revbridge.enrichment.InMemoryEnrichmentCache;
import io.revbridge.enrichment.Waterfall;
import io.revbridge.enrichment.builtin.BuiltInProviders;
import io.revbridge.mapping.MappingLoader;
import io.revbridge.mapping.MappingSet;
import io.revbridge.mapping.MappingSource;
import io.revbridge.mapping.ObjectMapping;
import io.revbridge.model.Company;
import io.revbridge.model.Owner;
import io.revbridge.model.RecordRef;
import io.revbridge.sandbox.HubSpotSandbox;
import io.revbridge.sandbox.SandboxOptions;
import io.revbridge.sandbox.SandboxRecord;
import io.revbridge.scoring.LeadScore;
import io.revbridge.spi.CrmRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The records every stage benchmark works on: the HubSpot sandbox's seeded contacts and companies, read
 * once and shaped as the HubSpot adapter hands them to the engine (only the fields the mapping asks for,
 * all values as strings), plus the default mappings shipped in the jar. Built once per benchmark trial.
 */
final class StageData {
  static final String CONNECTION = "bench";
  /** Enough distinct records that branch prediction and caches see a realistic mix, not one record. */
  static final int CONTACTS = 4_000;

  final ObjectMapping contactMapping;
  final ObjectMapping companyMapping;
  final ObjectMapping dealMapping;
  final CrmRecord[] contacts;
  /** The sandbox's deals (about a fifth of the contacts), shaped like the contacts. */
  final CrmRecord[] deals;
  final Map<RecordRef, CrmRecord> companyRecords;
  final List<Owner> owners;

  private StageData(ObjectMapping contactMapping, ObjectMapping companyMapping, ObjectMapping dealMapping,
      CrmRecord[] contacts, CrmRecord[] deals, Map<RecordRef, CrmRecord> companyRecords, List<Owner> owners) {
    this.contactMapping = contactMapping;
    this.companyMapping = companyMapping;
    this.dealMapping = dealMapping;
    this.contacts = contacts;
    this.deals = deals;
    this.companyRecords = companyRecords;
    this.owners = owners;
  }

  static StageData load() {
    MappingSet mappings = MappingLoader.load(MappingSource.classpath(MappingSource.DEFAULTS_PREFIX));
    ObjectMapping contactMapping = mappings.forObject("hubspot", "contacts").orElseThrow();
    ObjectMapping companyMapping = mappings.forObject("hubspot", "companies").orElseThrow();
    ObjectMapping dealMapping = mappings.forObject("hubspot", "deals").orElseThrow();
    Set<String> dealFields = new TreeSet<>(dealMapping.inboundFields());
    dealMapping.ownedFields().forEach(f -> dealFields.add(f.name()));
    Set<String> contactFields = new TreeSet<>(contactMapping.inboundFields());
    contactMapping.ownedFields().forEach(f -> contactFields.add(f.name()));
    try (HubSpotSandbox sandbox = HubSpotSandbox.start(SandboxOptions.defaults().withContacts(CONTACTS).unlimited())) {
      CrmRecord[] contacts = sandbox.records("contacts").stream()
          .map(r -> crmRecord(r, "lastmodifieddate", contactFields)).toArray(CrmRecord[]::new);
      Map<RecordRef, CrmRecord> companies = new HashMap<>();
      for (SandboxRecord r : sandbox.records("companies")) {
        CrmRecord c = crmRecord(r, "hs_lastmodifieddate", companyMapping.inboundFields());
        companies.put(c.ref(), c);
      }
      List<Owner> owners = List.of(owner("101"), owner("102"), owner("103"), owner("104"), owner("105"));
      CrmRecord[] deals = sandbox.records("deals").stream()
          .map(r -> crmRecord(r, "hs_lastmodifieddate", dealFields)).toArray(CrmRecord[]::new);
      return new StageData(contactMapping, companyMapping, dealMapping, contacts, deals, companies, owners);
    }
  }

  /** Companies mapped once, as the pipeline maps each distinct company of a batch once. */
  Map<RecordRef, Company> mappedCompanies() {
    Map<RecordRef, Company> mapped = new HashMap<>();
    companyRecords.forEach((ref, r) -> mapped.put(ref, companyMapping.toCompany(r)));
    return mapped;
  }

  /** Every contact mapped and enriched by the built-in providers, with its mapped company, as the scorers get them. */
  EnrichedPerson[] enrichedPeople() {
    Map<RecordRef, Company> mapped = mappedCompanies();
    Waterfall waterfall = new Waterfall(BuiltInProviders.defaults(), new InMemoryEnrichmentCache(),
        FailureCounter.NONE, Clock.systemUTC());
    return Arrays.stream(contacts).map(contactMapping::toPerson).map(p -> {
      Optional<Company> company = Optional.ofNullable(mapped.get(p.companyRef()));
      return new EnrichedPerson(p, company, waterfall.enrich(EnrichmentInputs.of(p, company.orElse(null))));
    }).toArray(EnrichedPerson[]::new);
  }

  /** The pipeline's results for a lead score, as the outbound mapping renders them. */
  static Map<String, Object> scoreResults(LeadScore score) {
    Map<String, Object> results = new LinkedHashMap<>();
    results.put("leadScore.score", score.score());
    results.put("leadScore.grade", score.grade().name());
    results.put("leadScore.reasons", score.reasonsText());
    return results;
  }

  private static CrmRecord crmRecord(SandboxRecord r, String modifiedProperty, Set<String> wanted) {
    Map<String, String> fields = new LinkedHashMap<>();
    r.properties().forEach((k, v) -> {
      if (wanted.contains(k)) {
        fields.put(k, v);
      }
    });
    String modified = r.get(modifiedProperty);
    Instant at = modified == null ? r.updatedAt() : Instant.parse(modified);
    return new CrmRecord(new RecordRef(CONNECTION, r.type(), r.id()), at, fields, r.archived());
  }

  private static Owner owner(String id) {
    return new Owner(new RecordRef(CONNECTION, "owners", id), Instant.EPOCH, "rep" + id + "@example.com", "Rep",
        id, true);
  }
}
