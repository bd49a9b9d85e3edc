package io.revbridge.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.revbridge.enrichment.EnrichmentProvider;
import io.revbridge.enrichment.FailureKind;
import io.revbridge.enrichment.Waterfall;
import io.revbridge.enrichment.builtin.BuiltInProviders;
import io.revbridge.enrichment.derived.IndustryClassifier;
import io.revbridge.enrichment.email.DomainList;
import io.revbridge.enrichment.firmographics.FirmographicsCsv;
import io.revbridge.enrichment.title.TitleClassifier;
import io.revbridge.mapping.MappingLoader;
import io.revbridge.mapping.MappingSet;
import io.revbridge.mapping.MappingSource;
import io.revbridge.model.RecordRef;
import io.revbridge.routing.RoutingPlaybook;
import io.revbridge.scoring.LeadScorer;
import io.revbridge.store.AuditEntry;
import io.revbridge.store.Store;
import io.revbridge.store.StoreSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The enrichment stage inside the sync pipeline: what reached the audit, the cache, the metrics and the CRM. */
class EnrichmentPipelineTest {
  private static final Path MAPPINGS = Path.of("..", "mappings");
  /** The admin's own data says Acme is far bigger than the CRM does; the human's CRM value must win. */
  private static final String FIRMOGRAPHICS = """
      domain,employees,industry,annual_revenue,country,technologies
      acme.test,5000,Banking,,US,
      globex.test,30,Computer Software,,DE,
      """;

  @TempDir Path tmp;
  private Store store;
  private FakeCrm crm;
  private final List<String> failures = new ArrayList<>();
  private final Map<String, Integer> filled = new java.util.TreeMap<>();
  private final DomainVendor vendor = new DomainVendor();

  @BeforeEach
  void setUp() {
    store = Store.open(StoreSettings.of("jdbc:h2:file:" + tmp.resolve("db")));
    crm = new FakeCrm("main");
    crm.addOwner("101", true);
    crm.put("companies", "c1", Map.of("name", "Acme", "domain", "acme.test", "numberofemployees", "120",
        "industry", "COMPUTER_SOFTWARE", "type", "Customer", "hubspot_owner_id", "103", "country", "Germany"));
    crm.put("companies", "c2", Map.of("name", "Globex", "domain", "globex.test", "type", "Prospect",
        "hubspot_owner_id", "102"));
    contact("p1", "p1@acme.test", "VP Sales", "c1");
    contact("p2", "p2@globex.test", "Executive Assistant to the CEO", null);
    contact("p3", "p3@gmail.com", "Software Engineer", null);
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  private void contact(String id, String email, String title, String company) {
    Map<String, String> p = new HashMap<>(Map.of("email", email, "firstname", "F" + id, "lastname", "L" + id,
        "jobtitle", title, "hubspot_owner_id", "101"));
    if (company != null) {
      p.put("associatedcompanyid", company);
    }
    crm.put("contacts", id, p);
  }

  private SyncEngine engine(MappingSet mappings, EnrichmentProvider... vendors) {
    return engine(mappings, EnrichmentStage.Accounts.defaults(), vendors);
  }

  private SyncEngine engine(MappingSet mappings, EnrichmentStage.Accounts accounts, EnrichmentProvider... vendors) {
    Waterfall waterfall = new Waterfall(
        BuiltInProviders.plan(TitleClassifier.builtIn(), FirmographicsCsv.parse(FIRMOGRAPHICS, "firms.csv"),
            IndustryClassifier.defaults(), List.of(vendors)),
        store.enrichmentCache(), (provider, kind) -> failures.add(provider + ":" + kind), Clock.systemUTC());
    EnrichmentStage stage = new EnrichmentStage(waterfall, DomainList.freeMail(), accounts,
        (field, provider) -> filled.merge(field + ":" + provider, 1, Integer::sum));
    return new SyncEngine(store, mappings, LeadScorer.withDefaults(), RoutingPlaybook.roundRobinOnly(),
        List.of(new EngineConnection("hubspot", List.of("contacts"), crm)), EngineSettings.defaults(), stage,
        Clock.systemUTC(), line -> { }, InstanceLease.forThisProcess());
  }

  private SyncEngine engine(EnrichmentProvider... vendors) {
    return engine(MappingLoader.load(MappingSource.folder(MAPPINGS)), vendors);
  }

  private AuditEntry enrichAudit(String id) {
    List<AuditEntry> entries = store.audit().forRecord(new RecordRef("main", "contacts", id)).stream()
        .filter(e -> e.stage().equals("enrich")).toList();
    assertThat(entries).as("enrich audit entries of " + id).hasSize(1);
    return entries.get(0);
  }

  private static JsonNode field(AuditEntry entry, String name) throws IOException {
    return Json.mapper().readTree(entry.detailJson()).path("fields").path(name);
  }

  @Test
  void everyPersonGetsAnEnrichAuditEntryWithRoleSizeBandAndWhereEachValueCameFrom() throws IOException {
    SyncReport report = engine().syncOnce();

    assertThat(report.scored()).isEqualTo(3);
    AuditEntry p1 = enrichAudit("p1");
    assertThat(p1.decision()).contains("role DECISION_MAKER", "size 50-200", "region EUROPE", "customer");
    assertThat(field(p1, "person.role").path("value").asText()).isEqualTo("DECISION_MAKER");
    assertThat(field(p1, "person.role").path("provider").asText()).isEqualTo("title-rules");
    assertThat(field(p1, "person.role").path("confidence").asDouble()).isBetween(0.5, 1.0);
    assertThat(field(p1, "person.role").path("fetchedAt").asText()).isNotBlank();
    assertThat(field(p1, "company.sizeBand").path("provider").asText()).isEqualTo("derived");
    assertThat(enrichAudit("p2").decision()).doesNotContain("DECISION_MAKER");
    assertThat(filled).containsEntry("person.role:title-rules", 3).containsEntry("person.matchedAccount:account-match", 2)
        .doesNotContainKey("company.employees:crm");
  }

  @Test
  void aValueAHumanEnteredInTheCrmIsKeptOverTheFirmographicsFileAndNeverWrittenBack() throws IOException {
    engine().syncOnce();

    JsonNode employees = field(enrichAudit("p1"), "company.employees");
    assertThat(employees.path("value").asInt()).isEqualTo(120);
    assertThat(employees.path("provider").asText()).isEqualTo("crm");
    // Globex has no head count in the CRM, so the admin's file fills the gap.
    JsonNode globex = field(enrichAudit("p2"), "company.employees");
    assertThat(globex.path("provider").asText()).isEqualTo("firmographics-csv");
    assertThat(crm.writesOf("numberofemployees") + crm.writesOf("jobtitle") + crm.writesOf("industry")).isZero();
    assertThat(crm.get("companies", "c1").field("numberofemployees")).isEqualTo("120");
  }

  @Test
  void aPersonIsMatchedToTheAccountOfTheirWorkEmailDomainWithItsOwnerAndCustomerFlag() throws IOException {
    engine().syncOnce();

    AuditEntry p1 = enrichAudit("p1");
    assertThat(field(p1, "person.matchedAccount").path("value").path("id").asText()).isEqualTo("c1");
    assertThat(field(p1, "person.accountOwnerId").path("value").asText()).isEqualTo("103");
    assertThat(field(p1, "person.existingCustomer").path("value").asBoolean()).isTrue();
    AuditEntry p2 = enrichAudit("p2");
    assertThat(field(p2, "person.matchedAccount").path("value").path("id").asText()).isEqualTo("c2");
    assertThat(field(p2, "person.matchedAccount").path("provider").asText()).isEqualTo("account-match");
    assertThat(field(p2, "person.accountOwnerId").path("value").asText()).isEqualTo("102");
    assertThat(field(p2, "person.existingCustomer").path("value").asBoolean()).isFalse();
    assertThat(field(enrichAudit("p3"), "person.matchedAccount").isMissingNode()).as("gmail.com is no account").isTrue();
  }

  @Test
  void aTransientFailureListingTheAccountsLeavesTheBatchPendingInsteadOfMatchingWithoutThem() throws IOException {
    crm.failNextPollOf.put("companies", new io.revbridge.spi.RetryableCrmException("SERVER_UNAVAILABLE",
        "the CRM failed listing companies", null, null));
    SyncEngine engine = engine();

    org.assertj.core.api.Assertions.assertThatThrownBy(engine::syncOnce)
        .isInstanceOf(io.revbridge.spi.RetryableCrmException.class);
    engine.syncOnce();

    AuditEntry p1 = enrichAudit("p1");
    assertThat(field(p1, "person.matchedAccount").path("value").path("id").asText())
        .as("planned once the accounts could be read, not with an empty account list").isEqualTo("c1");
    assertThat(field(p1, "person.existingCustomer").path("value").asBoolean()).isTrue();
  }

  @Test
  void withAnAccountLimitOfZeroOnlyTheCrmsOwnAssociationMatches() throws IOException {
    engine(MappingLoader.load(MappingSource.folder(MAPPINGS)),
        new EnrichmentStage.Accounts(0, EnrichmentStage.Accounts.DEFAULT_REFRESH, 0.9)).syncOnce();

    assertThat(field(enrichAudit("p1"), "person.matchedAccount").path("value").path("id").asText()).isEqualTo("c1");
    assertThat(field(enrichAudit("p2"), "person.matchedAccount").isMissingNode()).isTrue();
  }

  @Test
  void vendorAnswersAreCachedInTheStoreSoAChangedRecordDoesNotAskAgain() {
    SyncEngine engine = engine(vendor);
    engine.syncOnce();
    assertThat(vendor.askedDomains).containsExactlyInAnyOrder("acme.test", "globex.test");
    assertThat(store.enrichmentCache().count("vendor")).isEqualTo(2);

    contact("p1", "p1@acme.test", "CEO", "c1");
    engine.syncOnce();

    assertThat(vendor.askedDomains).hasSize(2);
    assertThat(store.audit().forRecord(new RecordRef("main", "contacts", "p1")).stream()
        .filter(e -> e.stage().equals("enrich")).toList()).hasSize(2);
  }

  @Test
  void aFailingProviderDegradesWithoutFailingAnyRecordAndEachFailureIsCounted() throws IOException {
    SyncReport report = engine(new BrokenVendor(), vendor).syncOnce();

    assertThat(report.deadLetters()).isZero();
    assertThat(report.scored()).isEqualTo(3);
    assertThat(report.recordsWritten()).isEqualTo(3);
    assertThat(failures).containsExactly("broken:ERROR", "broken:ERROR", "broken:ERROR");
    AuditEntry p1 = enrichAudit("p1");
    assertThat(p1.decision()).contains("role DECISION_MAKER", "1 provider failed");
    JsonNode failure = Json.mapper().readTree(p1.detailJson()).path("failures").get(0);
    assertThat(failure.path("provider").asText()).isEqualTo("broken");
    assertThat(failure.path("kind").asText()).isEqualTo(FailureKind.ERROR.name());
    assertThat(failure.path("message").asText()).contains("503 from vendor");
    // The vendor after the broken one still answered.
    assertThat(field(p1, "company.technologies").path("provider").asText()).isEqualTo("vendor");
  }

  @Test
  void theProvenanceSummaryIsWrittenBackOnlyWhenTheMappingMapsItAndOnlyWhenItChanges() throws IOException {
    Path folder = tmp.resolve("mappings");
    Files.createDirectories(folder.resolve("hubspot"));
    for (String file : List.of("companies.yaml", "deals.yaml")) {
      Files.copy(MAPPINGS.resolve("hubspot").resolve(file), folder.resolve("hubspot").resolve(file));
    }
    Files.writeString(folder.resolve("hubspot/contacts.yaml"), Files.readString(MAPPINGS.resolve("hubspot/contacts.yaml"))
        + """

          - crm: revbridge_enrichment
            canonical: enrichment.summary
            direction: outbound
            owned: true
            type: textarea
            label: Revbridge enrichment sources
            description: Where Revbridge's enriched values came from.
        """);
    SyncEngine engine = engine(MappingLoader.load(MappingSource.folder(folder)));

    engine.syncOnce();

    assertThat(crm.get("contacts", "p1").field("revbridge_enrichment"))
        .contains("person.role: title-rules", "company.sizeBand: derived 1", "person.matchedAccount: account-match 1")
        .doesNotContain("company.employees");
    int writes = crm.writesOf("revbridge_enrichment");
    assertThat(writes).isEqualTo(3);
    assertThat(engine.syncOnce().recordsWritten()).isZero();
    assertThat(crm.writesOf("revbridge_enrichment")).isEqualTo(writes);
  }
}
