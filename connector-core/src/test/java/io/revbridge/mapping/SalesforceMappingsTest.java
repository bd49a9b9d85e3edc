package io.revbridge.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.model.Person;
import io.revbridge.model.PersonKind;
import io.revbridge.model.RecordRef;
import io.revbridge.spi.CrmRecord;
import io.revbridge.spi.FieldSpec;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The default Salesforce files: standard API names in, Revbridge's {@code *__c} fields and OwnerId out. */
class SalesforceMappingsTest {
  private final MappingSet mappings = MappingLoader.load(MappingSource.folder(Path.of("..", "mappings")));

  @Test
  void leadsAndContactsArePeopleAccountsCompaniesOpportunitiesDeals() {
    assertThat(mappings.forObject("salesforce", "Lead").orElseThrow().canonical()).isEqualTo(CanonicalKind.PERSON);
    assertThat(mappings.forObject("salesforce", "Contact").orElseThrow().canonical()).isEqualTo(CanonicalKind.PERSON);
    assertThat(mappings.forObject("salesforce", "Account").orElseThrow().canonical()).isEqualTo(CanonicalKind.COMPANY);
    assertThat(mappings.forObject("salesforce", "Opportunity").orElseThrow().canonical()).isEqualTo(CanonicalKind.DEAL);
  }

  @Test
  void leadRecordLandsInThePersonAsALead() {
    ObjectMapping lead = mappings.forObject("salesforce", "Lead").orElseThrow();
    CrmRecord record = new CrmRecord(new RecordRef("sf", "Lead", "00Q5g00000AbCdEAAV"), Instant.EPOCH, Map.of(
        "Email", " Ada@Example.com ", "Company", "Analytical Engines", "NumberOfEmployees", "250",
        "Title", "VP Engineering", "OwnerId", "0055g00000OwnerAAA", "Status", "Open - Not Contacted"), false);

    Person person = lead.toPerson(record);

    assertThat(person.kind()).isEqualTo(PersonKind.LEAD);
    assertThat(person.email()).isEqualTo("ada@example.com");
    assertThat(person.companyName()).isEqualTo("Analytical Engines");
    assertThat(person.employees()).isEqualTo(250);
    assertThat(person.ownerId()).isEqualTo("0055g00000OwnerAAA");
    assertThat(person.leadStatus()).isEqualTo("Open - Not Contacted");
  }

  @Test
  void contactJoinsItsAccountThroughAccountId() {
    ObjectMapping contact = mappings.forObject("salesforce", "Contact").orElseThrow();
    CrmRecord record = new CrmRecord(new RecordRef("sf", "Contact", "0035g00000AbCdEAAV"), Instant.EPOCH,
        Map.of("Email", "grace@navy.mil", "AccountId", "0015g00000AbCdEAAV"), false);

    assertThat(contact.toPerson(record).companyRef()).isEqualTo(new RecordRef("sf", "Account", "0015g00000AbCdEAAV"));
  }

  @Test
  void revbridgeWritesItsOwnCustomFieldsAndTheOwner() {
    ObjectMapping lead = mappings.forObject("salesforce", "Lead").orElseThrow();

    assertThat(lead.ownedFields()).extracting(FieldSpec::name).containsExactly(
        "Revbridge_Score__c", "Revbridge_Grade__c", "Revbridge_Score_Reasons__c", "Revbridge_Last_Scored_At__c",
        "Revbridge_MQL_Score__c", "Revbridge_MQL__c", "Revbridge_Routing_Reason__c", "Revbridge_Predictive_Score__c",
        "Revbridge_Predictive_Factors__c");
    assertThat(lead.outbound(Map.of("leadScore.score", 82, "routing.ownerId", "0055g00000OwnerAAA")))
        .containsEntry("Revbridge_Score__c", "82").containsEntry("OwnerId", "0055g00000OwnerAAA");
  }

  @Test
  void opportunityProbabilityIsAShareOfOne() {
    ObjectMapping opportunity = mappings.forObject("salesforce", "Opportunity").orElseThrow();
    CrmRecord record = new CrmRecord(new RecordRef("sf", "Opportunity", "0065g00000AbCdEAAV"), Instant.EPOCH,
        Map.of("Name", "Deal 1", "StageName", "Proposal/Price Quote", "Probability", "75.0"), false);

    assertThat(opportunity.toDeal(record).stageProbability()).isEqualTo(0.75);
  }

  @Test
  void accountWebsiteBecomesTheCompanyDomain() {
    ObjectMapping account = mappings.forObject("salesforce", "Account").orElseThrow();
    CrmRecord record = new CrmRecord(new RecordRef("sf", "Account", "0015g00000AbCdEAAV"), Instant.EPOCH,
        Map.of("Name", "Northwind", "Website", "https://www.Northwind.com/about"), false);

    assertThat(account.toCompany(record).domain()).isEqualTo("northwind.com");
  }

  @Test
  void exampleIntentFieldsOfALeadReachTheIntentSignals() {
    ObjectMapping lead = mappings.forObject("salesforce", "Lead").orElseThrow();
    CrmRecord record = new CrmRecord(new RecordRef("sf", "Lead", "00Q5g00000AbCdEAAV"), Instant.EPOCH, Map.of(
        "Email", "ada@example.com", "Page_Views__c", "12.0", "Pricing_Page_Visited__c", "true",
        "Demo_Requested__c", "false", "Active_Project__c", "true"), false);

    Person person = lead.toPerson(record);

    assertThat(person.intent().pageViews()).isEqualTo(12);
    assertThat(person.intent().pricingPageVisited()).isTrue();
    assertThat(person.intent().demoRequested()).isFalse();
    assertThat(person.timing().activeProject()).isTrue();
  }
}
