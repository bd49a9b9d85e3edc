package io.revbridge.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.revbridge.model.Company;
import io.revbridge.model.IntentSignals;
import io.revbridge.model.Person;
import io.revbridge.model.PersonKind;
import io.revbridge.model.RecordRef;
import io.revbridge.model.TimingSignals;
import io.revbridge.spi.FieldSpec;
import io.revbridge.spi.FieldType;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefaultMappingsTest {
  private static final Path REPO_MAPPINGS = Path.of("..", "mappings");

  private final MappingSet mappings = MappingLoader.load(MappingSource.folder(REPO_MAPPINGS));
  private final ObjectMapping contacts = mappings.forObject("hubspot", "contacts").orElseThrow();
  private final ObjectMapping companies = mappings.forObject("hubspot", "companies").orElseThrow();

  @Test
  void defaultFilesLoadAndMapContactsToPeopleAndCompaniesToCompanies() {
    assertThat(mappings.all().stream().filter(m -> m.crm().equals("hubspot")).map(ObjectMapping::objectType))
        .containsExactly("companies", "contacts", "deals");
    assertThat(mappings.all().stream().filter(m -> m.crm().equals("salesforce")).map(ObjectMapping::objectType))
        .containsExactlyInAnyOrder("Account", "Contact", "Lead", "Opportunity");
    assertThat(contacts.canonical()).isEqualTo(CanonicalKind.PERSON);
    assertThat(companies.canonical()).isEqualTo(CanonicalKind.COMPANY);
    assertThat(mappings.forObject("hubspot", "deals").orElseThrow().canonical()).isEqualTo(CanonicalKind.DEAL);
  }

  @Test
  void sandboxContactLandsInEveryPersonField() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("email", "  Dana.Reyes@Northwind-Software.com ");
    fields.put("firstname", "Dana");
    fields.put("lastname", "Reyes");
    fields.put("jobtitle", "VP Sales");
    fields.put("phone", "+1 415 555 0142");
    fields.put("company", "Northwind Software");
    fields.put("website", "https://Northwind-Software.com");
    fields.put("industry", "COMPUTER_SOFTWARE");
    fields.put("country", "United States");
    fields.put("state", "California");
    fields.put("city", "San Francisco");
    fields.put("lifecyclestage", "marketingqualifiedlead");
    fields.put("hs_lead_status", "OPEN");
    fields.put("hs_analytics_source", "ORGANIC_SEARCH");
    fields.put("hubspot_owner_id", "71234501");
    fields.put("associatedcompanyid", "9001");
    fields.put("hs_analytics_num_page_views", "37");
    fields.put("hs_analytics_num_visits", "6");
    fields.put("hs_email_open", "11");
    fields.put("hs_email_click", "3");
    fields.put("createdate", "2026-01-14T08:00:00.000Z");
    fields.put("lastmodifieddate", "2026-03-02T09:15:00.000Z");
    fields.put("hs_object_id", "501");
    fields.put("hs_analytics_first_url", "https://www.revbridge.test/blog/lead-scoring");
    fields.put("hs_analytics_last_url", "https://www.revbridge.test/pricing?plan=team");
    fields.put("content_downloads", "2");
    fields.put("webinar_attended", "false");
    fields.put("demo_requested", "true");
    fields.put("trial_signup", "false");
    fields.put("active_project", "true");
    fields.put("budget_cycle", "false");
    fields.put("current_solution_expiring", "true");
    fields.put("current_solution", "Acme CRM Scoring");

    Person person = contacts.toPerson(CrmRecords.record("contacts", "501", fields));

    RecordRef ref = new RecordRef("hubspot-main", "contacts", "501");
    assertThat(person).isEqualTo(new Person(ref, CrmRecords.MODIFIED, PersonKind.CONTACT,
        "dana.reyes@northwind-software.com", "Dana", "Reyes", "VP Sales", "+1 415 555 0142", "Northwind Software",
        "https://northwind-software.com", "COMPUTER_SOFTWARE", null, "United States", "California", "San Francisco",
        "marketingqualifiedlead", "OPEN", "ORGANIC_SEARCH", "Acme CRM Scoring", "71234501",
        new RecordRef("hubspot-main", "companies", "9001"),
        new IntentSignals(37, 6, true, 2, false, 11, true, false),
        new TimingSignals(true, false, true)));
  }

  @Test
  void freshContactWithOnlyAnEmailGetsEmptySignals() {
    Person person = contacts.toPerson(CrmRecords.record("contacts", "502", Map.of("email", "new@lead.io")));

    assertThat(person.email()).isEqualTo("new@lead.io");
    assertThat(person.companyRef()).isNull();
    assertThat(person.intent()).isEqualTo(IntentSignals.NONE);
    assertThat(person.timing()).isEqualTo(TimingSignals.NONE);
  }

  @Test
  void pricingPageCountsWhenEitherTheFirstOrTheLastPageIsAPricingPage() {
    assertThat(pricing(Map.of("hs_analytics_first_url", "https://www.revbridge.test/Pricing"))).isTrue();
    assertThat(pricing(Map.of("hs_analytics_first_url", "https://www.revbridge.test/",
        "hs_analytics_last_url", "https://www.revbridge.test/pricing/enterprise"))).isTrue();
    assertThat(pricing(Map.of("hs_analytics_first_url", "https://www.revbridge.test/",
        "hs_analytics_last_url", "https://www.revbridge.test/blog/why-pricing-matters"))).isFalse();
    assertThat(pricing(Map.of("email", "new@lead.io"))).isFalse();
  }

  @Test
  void emailEngagementIsTheLargerOfOpensAndClicks() {
    assertThat(engagements(Map.of("hs_email_open", "0", "hs_email_click", "2"))).isEqualTo(2);
    assertThat(engagements(Map.of("hs_email_open", "5", "hs_email_click", "1"))).isEqualTo(5);
    assertThat(engagements(Map.of("hs_email_click", "1"))).isEqualTo(1);
    assertThat(engagements(Map.of("hs_email_open", "0", "hs_email_click", "0"))).isZero();
  }

  @Test
  void aClickCountThatIsNoNumberFailsTheRecordNamingBothFields() {
    assertThatThrownBy(() -> engagements(Map.of("hs_email_open", "0", "hs_email_click", "many")))
        .isInstanceOf(RecordMappingException.class)
        .hasMessageContaining("hs_email_open and hs_email_click")
        .hasMessageContaining("many");
  }

  @Test
  void theDocumentedTimeOnSiteExampleMapsOnceUncommented() throws Exception {
    String yaml = java.nio.file.Files.readString(REPO_MAPPINGS.resolve("hubspot/contacts.yaml"));
    String example = "  # - crm: time_on_site_minutes\n  #   canonical: intent.minutesOnSite\n  #   transforms: [integer]\n";
    assertThat(yaml).contains(example);
    ObjectMapping edited = MappingLoader.load(MappingSource.of("test", java.util.List.of(new MappingFile(
        "hubspot/contacts.yaml", "mappings/hubspot/contacts.yaml", yaml.replace(example, example.replace("# ", ""))))))
        .forObject("hubspot", "contacts").orElseThrow();

    assertThat(contacts.toPerson(CrmRecords.record("contacts", "505", Map.of("time_on_site_minutes", "4")))
        .intent().minutesOnSite()).as("absent by default").isZero();
    assertThat(edited.toPerson(CrmRecords.record("contacts", "505", Map.of("time_on_site_minutes", "4")))
        .intent().minutesOnSite()).isEqualTo(4);
  }

  private boolean pricing(Map<String, String> fields) {
    return contacts.toPerson(CrmRecords.record("contacts", "503", fields)).intent().pricingPageVisited();
  }

  private int engagements(Map<String, String> fields) {
    return contacts.toPerson(CrmRecords.record("contacts", "504", fields)).intent().emailEngagements();
  }

  @Test
  void contactsFetchEverySandboxPropertyThatHasACanonicalHome() {
    assertThat(contacts.inboundFields()).containsExactlyInAnyOrder(
        "email", "firstname", "lastname", "jobtitle", "phone", "company", "website", "industry", "country", "state",
        "city", "associatedcompanyid", "lifecyclestage", "hs_lead_status", "hs_email_optout", "hs_analytics_source",
        "hubspot_owner_id",
        "current_solution", "hs_analytics_num_page_views", "hs_analytics_num_visits", "hs_analytics_first_url",
        "hs_analytics_last_url",
        "content_downloads", "webinar_attended", "hs_email_open", "hs_email_click", "demo_requested", "trial_signup",
        "active_project", "budget_cycle", "current_solution_expiring");
  }

  @Test
  void sandboxCompanyLandsInEveryCompanyField() {
    Map<String, String> fields = Map.ofEntries(
        Map.entry("name", "Northwind Software"),
        Map.entry("domain", "Northwind-Software.com "),
        Map.entry("website", "https://northwind-software.com"),
        Map.entry("industry", "COMPUTER_SOFTWARE"),
        Map.entry("numberofemployees", "120"),
        Map.entry("annualrevenue", "18500000.50"),
        Map.entry("country", "United States"),
        Map.entry("state", "California"),
        Map.entry("city", "San Francisco"),
        Map.entry("type", "PROSPECT"),
        Map.entry("hubspot_owner_id", "71234501"),
        Map.entry("createdate", "2025-11-01T10:00:00Z"),
        Map.entry("hs_lastmodifieddate", "2026-03-02T09:15:00Z"),
        Map.entry("hs_object_id", "9001"));

    Company company = companies.toCompany(CrmRecords.record("companies", "9001", fields));

    assertThat(company).isEqualTo(new Company(new RecordRef("hubspot-main", "companies", "9001"), CrmRecords.MODIFIED,
        "Northwind Software", "northwind-software.com", "COMPUTER_SOFTWARE", 120, new BigDecimal("18500000.50"),
        "United States", "California", "San Francisco", "PROSPECT", "71234501"));
  }

  @Test
  void contactsDeclareTheRevbridgePropertiesToCreate() {
    assertThat(contacts.ownedFields()).extracting(FieldSpec::objectType, FieldSpec::name, FieldSpec::type, FieldSpec::label)
        .containsExactly(
            tuple("contacts", "revbridge_score", FieldType.NUMBER, "Revbridge score"),
            tuple("contacts", "revbridge_grade", FieldType.ENUMERATION, "Revbridge grade"),
            tuple("contacts", "revbridge_score_reasons", FieldType.TEXTAREA, "Revbridge score reasons"),
            tuple("contacts", "revbridge_last_scored_at", FieldType.DATETIME, "Revbridge last scored at"),
            tuple("contacts", "revbridge_mql_score", FieldType.NUMBER, "Revbridge MQL score"),
            tuple("contacts", "revbridge_mql", FieldType.ENUMERATION, "Revbridge MQL"),
            tuple("contacts", "revbridge_routing_reason", FieldType.STRING, "Revbridge routing reason"),
            tuple("contacts", "revbridge_predictive_score", FieldType.NUMBER, "Revbridge predictive score"),
            tuple("contacts", "revbridge_predictive_factors", FieldType.TEXTAREA, "Revbridge predictive factors"));
    assertThat(companies.ownedFields()).isEmpty();
  }

  @Test
  void scoreAndRoutingResultsBecomeHubSpotPropertyValues() {
    Map<String, Object> results = Map.of(
        OutboundSource.SCORE.path(), 82,
        OutboundSource.GRADE.path(), "HOT",
        OutboundSource.REASONS.path(), "Score 82 (HOT)\nCompany fit 25/25: 120 employees (25)",
        OutboundSource.SCORED_AT.path(), Instant.parse("2026-03-02T09:16:00Z"),
        OutboundSource.ROUTED_OWNER_ID.path(), "71234502");

    assertThat(contacts.outbound(results)).containsExactly(
        Map.entry("revbridge_score", "82"),
        Map.entry("revbridge_grade", "HOT"),
        Map.entry("revbridge_score_reasons", "Score 82 (HOT)\nCompany fit 25/25: 120 employees (25)"),
        Map.entry("revbridge_last_scored_at", "2026-03-02T09:16:00Z"),
        Map.entry("hubspot_owner_id", "71234502"));
  }

  @Test
  void withoutARoutingDecisionTheOwnerIsNotWritten() {
    Map<String, Object> results = Map.of(OutboundSource.SCORE.path(), 41, OutboundSource.GRADE.path(), "COLD");

    assertThat(contacts.outbound(results)).containsOnlyKeys("revbridge_score", "revbridge_grade");
  }

  @Test
  void reasonsLongerThanHubSpotAcceptsAreCutTo65000Characters() {
    String reasons = "x".repeat(70_000);

    String written = contacts.outbound(Map.of(OutboundSource.REASONS.path(), reasons)).get("revbridge_score_reasons");

    assertThat(written).hasSize(65_000);
  }
}
