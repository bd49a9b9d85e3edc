package io.revbridge.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revbridge.model.Deal;
import io.revbridge.model.Person;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every transform as an admin writes it in a file, applied to records as the CRM sends them. */
class TransformsInFilesTest {
  private static ObjectMapping person(String fields) {
    return load("hubspot/contacts.yaml", "crm: hubspot\nobject: contacts\ncanonical: person\nfields:\n" + fields);
  }

  private static ObjectMapping load(String path, String yaml) {
    return MappingLoader.load(MappingSource.of("test", List.of(new MappingFile(path, path, yaml)))).all().get(0);
  }

  private static Person map(ObjectMapping mapping, Map<String, String> fields) {
    return mapping.toPerson(CrmRecords.record("contacts", "501", fields));
  }

  @Test
  void mapTranslatesPicklistValuesIgnoringCaseAndFallsBackToTheDefault() {
    ObjectMapping mapping = person("""
          - crm: hs_lead_status
            canonical: leadStatus
            transforms:
              - map:
                  values: {NEW: open, IN_PROGRESS: working, "Bad timing": later}
                  default: other
        """);

    assertThat(map(mapping, Map.of("hs_lead_status", " in_progress ")).leadStatus()).isEqualTo("working");
    assertThat(map(mapping, Map.of("hs_lead_status", "BAD TIMING")).leadStatus()).isEqualTo("later");
    assertThat(map(mapping, Map.of("hs_lead_status", "CONNECTED")).leadStatus()).isEqualTo("other");
    assertThat(map(mapping, Map.of()).leadStatus()).isEqualTo("other");
  }

  @Test
  void mapWithoutDefaultRefusesAnUnlistedValueForThatRecordOnly() {
    ObjectMapping mapping = person("""
          - crm: hs_lead_status
            canonical: leadStatus
            transforms: [{map: {values: {NEW: open}}}]
        """);

    assertThatThrownBy(() -> map(mapping, Map.of("hs_lead_status", "CONNECTED")))
        .isInstanceOf(RecordMappingException.class)
        .hasMessageContaining("hs_lead_status").hasMessageContaining("`CONNECTED` is not one of the mapped values (NEW)");
    assertThat(map(mapping, Map.of()).leadStatus()).isNull();
  }

  @Test
  void emailAndUrlDomainsCompareEqual() {
    ObjectMapping mapping = person("""
          - crm: email
            canonical: website
            transforms: [email_domain]
          - crm: website
            canonical: companyName
            transforms: [url_domain]
        """);

    Person person = map(mapping, Map.of("email", " Dana.Reyes@Northwind-Software.COM", "website",
        "https://www.Northwind-Software.com:443/pricing?utm=x#top"));

    assertThat(person.website()).isEqualTo("northwind-software.com");
    assertThat(person.companyName()).isEqualTo("northwind-software.com");
    assertThat(map(mapping, Map.of("email", "not an email", "website", "n/a")).website()).isNull();
  }

  @Test
  void splitThenJoinRewritesAMultiSelectValue() {
    ObjectMapping mapping = person("""
          - crm: hs_buying_role
            canonical: title
            transforms: [{split: ";"}, {join: ", "}]
        """);

    assertThat(map(mapping, Map.of("hs_buying_role", "BUDGET_HOLDER; ;CHAMPION;")).title())
        .isEqualTo("BUDGET_HOLDER, CHAMPION");
  }

  @Test
  void regexKeepsTheFirstGroupAndNoMatchIsNoValue() {
    ObjectMapping mapping = person("""
          - crm: phone
            canonical: phone
            transforms: [{regex: "ext\\\\.? ?(\\\\d+)"}]
        """);

    assertThat(map(mapping, Map.of("phone", "+1 415 555 0142 ext. 42")).phone()).isEqualTo("42");
    assertThat(map(mapping, Map.of("phone", "+1 415 555 0142")).phone()).isNull();
  }

  @Test
  void booleanWithTheCrmsOwnWordsReadsOnlyThoseWords() {
    ObjectMapping mapping = person("""
          - crm: Demo_Angefragt__c
            canonical: intent.demoRequested
            transforms: [{boolean: {true: [Ja, X], false: [Nein]}}]
        """);

    assertThat(map(mapping, Map.of("Demo_Angefragt__c", "ja")).intent().demoRequested()).isTrue();
    assertThat(map(mapping, Map.of("Demo_Angefragt__c", "x")).intent().demoRequested()).isTrue();
    assertThat(map(mapping, Map.of("Demo_Angefragt__c", "NEIN")).intent().demoRequested()).isFalse();
    assertThatThrownBy(() -> map(mapping, Map.of("Demo_Angefragt__c", "yes")))
        .isInstanceOf(RecordMappingException.class).hasMessageContaining("true: ja, x; false: nein");
  }

  @Test
  void coalesceTakesTheFirstCrmFieldWithAValue() {
    ObjectMapping mapping = person("""
          - crm: [mobilephone, phone]
            canonical: phone
            transforms: [trim]
        """);

    assertThat(map(mapping, Map.of("mobilephone", "+49 170 1", "phone", "+49 30 2")).phone()).isEqualTo("+49 170 1");
    assertThat(map(mapping, Map.of("mobilephone", "  ", "phone", "+49 30 2")).phone()).isEqualTo("+49 30 2");
    assertThat(map(mapping, Map.of()).phone()).isNull();
    assertThat(mapping.inboundFields()).containsExactly("mobilephone", "phone");
  }

  @Test
  void datesReadInTheirFormatsAndFromEpochMillis() {
    ObjectMapping mapping = load("hubspot/deals.yaml", """
        crm: hubspot
        object: deals
        canonical: deal
        fields:
          - crm: closedate
            canonical: closeDate
            transforms: [{date: dd/MM/yyyy}]
          - crm: dealname
            canonical: name
        """);
    ObjectMapping millis = load("hubspot/deals.yaml", """
        crm: hubspot
        object: deals
        canonical: deal
        fields:
          - crm: closedate
            canonical: closeDate
            transforms: [date]
        """);

    Deal deal = mapping.toDeal(CrmRecords.record("deals", "7", Map.of("closedate", "11/09/2024")));
    assertThat(deal.closeDate()).isEqualTo(LocalDate.of(2024, 9, 11));
    assertThat(millis.toDeal(CrmRecords.record("deals", "7", Map.of("closedate", "1726012800000"))).closeDate())
        .isEqualTo(LocalDate.of(2024, 9, 11));
    assertThat(millis.toDeal(CrmRecords.record("deals", "7", Map.of("closedate", "2024-09-11T00:00:00.000Z"))).closeDate())
        .isEqualTo(LocalDate.of(2024, 9, 11));
    assertThatThrownBy(() -> mapping.toDeal(CrmRecords.record("deals", "7", Map.of("closedate", "2024-09-11"))))
        .isInstanceOf(RecordMappingException.class).hasMessageContaining("does not match the format dd/MM/yyyy");
  }

  @Test
  void datetimeWritesOutboundInItsFormat() {
    ObjectMapping mapping = person("""
          - crm: email
            canonical: email
          - crm: revbridge_scored_ms
            canonical: leadScore.scoredAt
            direction: outbound
            owned: true
            type: datetime
            transforms: [{datetime: epoch_millis}]
          - crm: Scored_On__c
            canonical: leadScore.scoredAt
            direction: outbound
            owned: true
            type: string
            transforms: [{datetime: "dd.MM.yyyy HH:mm"}]
        """);

    Map<String, String> written = mapping.outbound(Map.of("leadScore.scoredAt", Instant.parse("2024-09-11T13:27:39.356Z")));

    assertThat(written).containsEntry("revbridge_scored_ms", "1726061259356").containsEntry("Scored_On__c", "11.09.2024 13:27");
  }

  @Test
  void salesforceNamesAreFieldNamesLikeAnyOther() {
    ObjectMapping lead = load("salesforce/Lead.yaml", """
        crm: salesforce
        object: Lead
        canonical: person
        fields:
          - canonical: kind
            transforms: [{constant: LEAD}]
          - crm: FirstName
            canonical: firstName
          - crm: Custom_Score__c
            canonical: intent.pageViews
            transforms: [integer]
          - crm: Company
            canonical: companyName
          - crm: Revbridge_Score__c
            canonical: leadScore.score
            direction: outbound
            owned: true
            type: number
        """);

    Person person = lead.toPerson(new io.revbridge.spi.CrmRecord(
        new io.revbridge.model.RecordRef("sf", "Lead", "00Q5e00000AbCdE"), CrmRecords.MODIFIED,
        Map.of("FirstName", "Dana", "Custom_Score__c", "12", "firstname", "not this one", "Company", "Northwind"), false));

    assertThat(person.kind()).isEqualTo(io.revbridge.model.PersonKind.LEAD);
    assertThat(person.firstName()).isEqualTo("Dana");
    assertThat(person.intent().pageViews()).isEqualTo(12);
    assertThat(lead.ownedFields()).singleElement().satisfies(f -> {
      assertThat(f.objectType()).isEqualTo("Lead");
      assertThat(f.name()).isEqualTo("Revbridge_Score__c");
    });
    assertThat(lead.outbound(Map.of("leadScore.score", new BigDecimal("82")))).containsEntry("Revbridge_Score__c", "82");
  }

  @Test
  void enumerationFieldsPassTheirOptionsOn() {
    ObjectMapping mapping = person("""
          - crm: email
            canonical: email
          - crm: revbridge_grade
            canonical: leadScore.grade
            direction: outbound
            owned: true
            type: enumeration
            options: [HOT, WARM, COLD, UNQUALIFIED]
        """);

    assertThat(mapping.ownedFields()).singleElement().satisfies(f -> {
      assertThat(f.type()).isEqualTo(io.revbridge.spi.FieldType.ENUMERATION);
      assertThat(f.options()).containsExactly("HOT", "WARM", "COLD", "UNQUALIFIED");
    });
  }
}
