package io.revbridge.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.revbridge.model.Company;
import io.revbridge.model.Deal;
import io.revbridge.model.Person;
import io.revbridge.model.PersonKind;
import io.revbridge.model.RecordRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObjectMappingTest {
  private static ObjectMapping mapping(String path, String yaml) {
    MappingSet set = MappingLoader.load(MappingSource.of("test", List.of(new MappingFile(path, path, yaml))));
    return set.all().get(0);
  }

  private final ObjectMapping companies = mapping("hubspot/companies.yaml", """
      crm: hubspot
      object: companies
      canonical: company
      fields:
        - crm: name
          canonical: name
        - crm: numberofemployees
          canonical: employees
          transforms: [integer]
        - crm: annualrevenue
          canonical: annualRevenue
        - crm: type
          canonical: type
          transforms: [upper, {default: PROSPECT}]
      """);

  private final ObjectMapping leads = mapping("salesforce/Lead.yaml", """
      crm: salesforce
      object: Lead
      canonical: person
      fields:
        - canonical: kind
          transforms: [{constant: lead}]
        - crm: Email
          canonical: email
        - crm: NumberOfEmployees
          canonical: employees
        - crm: Visits__c
          canonical: intent.visits
        - crm: Pricing_Page__c
          canonical: intent.pricingPageVisited
      """);

  @Test
  void textInANumberFieldFailsOnlyThatRecordNamingFieldValueAndTarget() {
    RecordMappingException e = catchThrowableOfType(RecordMappingException.class, () -> companies.toCompany(
        CrmRecords.record("companies", "77", Map.of("name", "Initech", "numberofemployees", "about fifty"))));

    assertThat(e.record()).isEqualTo(new RecordRef("hubspot-main", "companies", "77"));
    assertThat(e.crmField()).isEqualTo("numberofemployees");
    assertThat(e.value()).isEqualTo("about fifty");
    assertThat(e.canonicalTarget()).isEqualTo("employees");
    assertThat(e.getMessage()).isEqualTo("cannot map hubspot-main/companies/77: numberofemployees = `about fifty`"
        + " does not fit employees: `about fifty` is not a number");

    Company next = companies.toCompany(CrmRecords.record("companies", "78", Map.of("numberofemployees", "50")));
    assertThat(next.employees()).isEqualTo(50);
  }

  @Test
  void textIsReadByTheTargetTypeWhenNoTransformIsGiven() {
    Person lead = leads.toPerson(CrmRecords.record("Lead", "00Q1", Map.of(
        "Email", "ada@example.com", "NumberOfEmployees", "120", "Visits__c", "4", "Pricing_Page__c", "yes")));

    assertThat(lead.kind()).isEqualTo(PersonKind.LEAD);
    assertThat(lead.employees()).isEqualTo(120);
    assertThat(lead.intent().visits()).isEqualTo(4);
    assertThat(lead.intent().pricingPageVisited()).isTrue();
  }

  @Test
  void badYesNoValueNamesTheField() {
    assertThatThrownBy(() -> leads.toPerson(CrmRecords.record("Lead", "00Q2", Map.of("Pricing_Page__c", "maybe"))))
        .isInstanceOf(RecordMappingException.class)
        .hasMessageContaining("Pricing_Page__c = `maybe` does not fit intent.pricingPageVisited")
        .hasMessageContaining("is not a yes/no value");
  }

  @Test
  void valueTheModelRefusesNamesTheFieldItCameFrom() {
    RecordMappingException e = catchThrowableOfType(RecordMappingException.class,
        () -> leads.toPerson(CrmRecords.record("Lead", "00Q3", Map.of("Visits__c", "-3", "Pricing_Page__c", "true"))));

    assertThat(e.crmField()).isEqualTo("Visits__c");
    assertThat(e.value()).isEqualTo("-3");
    assertThat(e.canonicalTarget()).isEqualTo("intent.visits");
    assertThat(e.reason()).isEqualTo("intent counts must be >= 0");
  }

  @Test
  void blankCrmValuesAreNoValue() {
    Company company = companies.toCompany(CrmRecords.record("companies", "79", Map.of("name", "   ", "type", " ")));

    assertThat(company.name()).isNull();
    assertThat(company.type()).isEqualTo("PROSPECT");
  }

  @Test
  void defaultOnlyFillsEmptyValues() {
    Company company = companies.toCompany(CrmRecords.record("companies", "80", Map.of("type", "partner")));

    assertThat(company.type()).isEqualTo("PARTNER");
  }

  @Test
  void revenueKeepsItsCents() {
    Company company = companies.toCompany(CrmRecords.record("companies", "81", Map.of("annualrevenue", "1250000.75")));

    assertThat(company.annualRevenue()).isEqualByComparingTo(new BigDecimal("1250000.75"));
  }

  @Test
  void askingForTheWrongKindOfRecordIsAProgrammingError() {
    assertThatThrownBy(() -> companies.toPerson(CrmRecords.record("companies", "82", Map.of())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("hubspot/companies maps to company, not person");
  }

  @Test
  void dealReadsMoneyDatesProbabilityAndItsCompany() {
    ObjectMapping deals = mapping("hubspot/deals.yaml", """
        crm: hubspot
        object: deals
        canonical: deal
        fields:
          - crm: dealname
            canonical: name
          - crm: amount
            canonical: amount
            transforms: [number]
          - crm: dealstage
            canonical: stage
          - crm: closedate
            canonical: closeDate
          - crm: hs_deal_stage_probability
            canonical: stageProbability
          - crm: primary_company_id
            canonical: companyRef
            transforms: [{ref: companies}]
        """);

    Deal deal = deals.toDeal(CrmRecords.record("deals", "300", Map.of(
        "dealname", "Northwind renewal", "amount", "48000.00", "dealstage", "contractsent",
        "closedate", "1775001600000", "hs_deal_stage_probability", "0.9", "primary_company_id", "9001")));

    assertThat(deal.name()).isEqualTo("Northwind renewal");
    assertThat(deal.amount()).isEqualByComparingTo("48000");
    assertThat(deal.stage()).isEqualTo("contractsent");
    assertThat(deal.closeDate()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(deal.stageProbability()).isEqualTo(0.9);
    assertThat(deal.companyRef()).isEqualTo(new RecordRef("hubspot-main", "companies", "9001"));
    assertThat(deal.ref()).isEqualTo(new RecordRef("hubspot-main", "deals", "300"));
    assertThat(deal.modifiedAt()).isEqualTo(CrmRecords.MODIFIED);
  }

  @Test
  void constantsAreNotFetchedFromTheCrm() {
    assertThat(leads.inboundFields()).containsExactly("Email", "NumberOfEmployees", "Visits__c", "Pricing_Page__c");
  }
}
