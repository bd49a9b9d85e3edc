package io.revbridge.hubspot.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.revbridge.hubspot.internal.HubSpotTestServer.body;
import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.spi.FieldSpec;
import io.revbridge.spi.FieldStatus;
import io.revbridge.spi.FieldType;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HubSpotSchemaAdminTest {
  static final String CONTACT_PROPERTIES = "/crm/v3/properties/contacts";
  static final FieldSpec SCORE =
      new FieldSpec("contacts", "revbridge_score", "Revbridge score", FieldType.NUMBER, "0-100");
  static final FieldSpec REASONS = new FieldSpec("contacts", "revbridge_score_reasons", "Revbridge score reasons",
      FieldType.TEXTAREA, "Why the score is what it is");
  static final FieldSpec SCORED_AT =
      new FieldSpec("contacts", "revbridge_last_scored_at", null, FieldType.DATETIME, null);
  static final FieldSpec GRADE =
      new FieldSpec("contacts", "revbridge_grade", "Revbridge grade", FieldType.STRING, null);

  final HubSpotTestServer hubSpot = new HubSpotTestServer();
  final HubSpotSchemaAdmin schema = new HubSpotSchemaAdmin(hubSpot.client());

  @BeforeEach
  void listContactProperties() {
    hubSpot.wireMock.stubFor(
        get(urlPathEqualTo(CONTACT_PROPERTIES)).willReturn(okJson(body("properties-contacts.json"))));
  }

  @AfterEach
  void stop() {
    hubSpot.close();
  }

  void groupIsMissingAndMayBeCreated() {
    hubSpot.wireMock.stubFor(get(urlPathEqualTo(CONTACT_PROPERTIES + "/groups/revbridge")).willReturn(aResponse()
        .withStatus(404).withBody("{\"status\":\"error\",\"message\":\"Unable to find property group\","
            + "\"category\":\"OBJECT_NOT_FOUND\"}")));
    hubSpot.wireMock.stubFor(post(urlPathEqualTo(CONTACT_PROPERTIES + "/groups"))
        .willReturn(aResponse().withStatus(201).withBody("{\"name\":\"revbridge\",\"label\":\"Revbridge\"}")));
  }

  @Test
  void missingFieldsAreCreatedWithHubSpotTypesInTheRevbridgeGroupCreatedOnce() {
    groupIsMissingAndMayBeCreated();
    hubSpot.wireMock.stubFor(post(urlPathEqualTo(CONTACT_PROPERTIES))
        .willReturn(aResponse().withStatus(201).withBody(body("property-created.json"))));

    List<FieldStatus> statuses = schema.ensureFields(List.of(SCORE, REASONS, SCORED_AT), true);

    assertThat(statuses).extracting(FieldStatus::state)
        .containsExactly(FieldStatus.State.EXISTS, FieldStatus.State.CREATED, FieldStatus.State.CREATED);
    hubSpot.wireMock.verify(postRequestedFor(urlPathEqualTo(CONTACT_PROPERTIES)).withRequestBody(equalToJson(
        "{\"name\":\"revbridge_score_reasons\",\"label\":\"Revbridge score reasons\",\"type\":\"string\","
            + "\"fieldType\":\"textarea\",\"groupName\":\"revbridge\","
            + "\"description\":\"Why the score is what it is\"}")));
    hubSpot.wireMock.verify(postRequestedFor(urlPathEqualTo(CONTACT_PROPERTIES)).withRequestBody(equalToJson(
        "{\"name\":\"revbridge_last_scored_at\",\"label\":\"revbridge_last_scored_at\",\"type\":\"datetime\","
            + "\"fieldType\":\"date\",\"groupName\":\"revbridge\"}")));
    hubSpot.wireMock.verify(1, getRequestedFor(urlPathEqualTo(CONTACT_PROPERTIES)));
    hubSpot.wireMock.verify(1, postRequestedFor(urlPathEqualTo(CONTACT_PROPERTIES + "/groups")).withRequestBody(
        equalToJson("{\"name\":\"revbridge\",\"label\":\"Revbridge\",\"displayOrder\":-1}")));
  }

  @Test
  void gradeIsCreatedAsAnEnumerationWithItsOptions() {
    groupIsMissingAndMayBeCreated();
    hubSpot.wireMock.stubFor(post(urlPathEqualTo(CONTACT_PROPERTIES)).willReturn(aResponse().withStatus(201)));
    FieldSpec grade = new FieldSpec("contacts", "revbridge_grade_v2", "Grade", FieldType.ENUMERATION, null,
        List.of("HOT", "WARM", "COLD", "UNQUALIFIED"));

    assertThat(schema.ensureFields(List.of(grade), true).get(0).state()).isEqualTo(FieldStatus.State.CREATED);

    hubSpot.wireMock.verify(postRequestedFor(urlPathEqualTo(CONTACT_PROPERTIES))
        .withRequestBody(matchingJsonPath("$.type", equalTo("enumeration")))
        .withRequestBody(matchingJsonPath("$.fieldType", equalTo("select")))
        .withRequestBody(matchingJsonPath("$.options[0].value", equalTo("HOT")))
        .withRequestBody(matchingJsonPath("$.options[3].value", equalTo("UNQUALIFIED"))));
  }

  @Test
  void whenTheGroupCannotBeCreatedTheFieldGoesToTheObjectsDefaultGroupAndSaysWhy() {
    hubSpot.wireMock.stubFor(get(urlPathEqualTo(CONTACT_PROPERTIES + "/groups/revbridge"))
        .willReturn(aResponse().withStatus(404)));
    hubSpot.wireMock.stubFor(post(urlPathEqualTo(CONTACT_PROPERTIES + "/groups"))
        .willReturn(aResponse().withStatus(400).withBody("{\"status\":\"error\",\"message\":\"group quota\","
            + "\"category\":\"VALIDATION_ERROR\"}")));
    hubSpot.wireMock.stubFor(post(urlPathEqualTo(CONTACT_PROPERTIES)).willReturn(aResponse().withStatus(201)));

    FieldStatus status = schema.ensureFields(List.of(REASONS), true).get(0);

    assertThat(status.state()).isEqualTo(FieldStatus.State.CREATED);
    assertThat(status.detail()).contains("contactinformation").contains("group quota");
    hubSpot.wireMock.verify(postRequestedFor(urlPathEqualTo(CONTACT_PROPERTIES))
        .withRequestBody(matchingJsonPath("$.groupName", equalTo("contactinformation"))));
  }

  @Test
  void conflictOnCreateMeansSomeoneCreatedItFirst() {
    groupIsMissingAndMayBeCreated();
    hubSpot.wireMock.stubFor(post(urlPathEqualTo(CONTACT_PROPERTIES))
        .willReturn(aResponse().withStatus(409).withBody(body("error-409-property-exists.json"))));

    assertThat(schema.ensureFields(List.of(REASONS), true)).extracting(FieldStatus::state)
        .containsExactly(FieldStatus.State.EXISTS);
  }

  @Test
  void inspectingOnlyReportsMissingFieldsAndCreatesNothing() {
    List<FieldStatus> statuses = schema.ensureFields(List.of(SCORE, REASONS), false);

    assertThat(statuses).extracting(FieldStatus::state)
        .containsExactly(FieldStatus.State.EXISTS, FieldStatus.State.MISSING);
    assertThat(statuses.get(1).detail()).contains("string/textarea").contains("property group Revbridge");
    hubSpot.wireMock.verify(0, postRequestedFor(urlPathEqualTo(CONTACT_PROPERTIES)));
  }

  @Test
  void existingFieldOfAnotherTypeIsReportedNotOverwritten() {
    FieldStatus status = schema.ensureFields(List.of(GRADE), true).get(0);

    assertThat(status.state()).isEqualTo(FieldStatus.State.FAILED);
    assertThat(status.detail()).contains("type enumeration").contains("writes string");
    hubSpot.wireMock.verify(0, postRequestedFor(urlPathEqualTo(CONTACT_PROPERTIES)));
  }

  @Test
  void missingSchemaScopeFailsTheFieldNamingTheScope() {
    groupIsMissingAndMayBeCreated();
    hubSpot.wireMock.stubFor(post(urlPathEqualTo(CONTACT_PROPERTIES)).willReturn(aResponse().withStatus(403)));

    FieldStatus status = schema.ensureFields(List.of(REASONS), true).get(0);

    assertThat(status.state()).isEqualTo(FieldStatus.State.FAILED);
    assertThat(status.detail()).contains("crm.schemas.contacts.write");
  }

  @Test
  void invalidNameAndUnsupportedObjectFailWithoutACall() {
    List<FieldStatus> statuses = schema.ensureFields(List.of(
        new FieldSpec("contacts", "Revbridge Score", "x", FieldType.NUMBER, null),
        new FieldSpec("tickets", "revbridge_score", "x", FieldType.NUMBER, null)), true);

    assertThat(statuses).extracting(FieldStatus::state)
        .containsExactly(FieldStatus.State.FAILED, FieldStatus.State.FAILED);
    assertThat(statuses.get(0).detail()).contains("lowercase");
    assertThat(statuses.get(1).detail()).contains("contacts, companies, deals");
    assertThat(hubSpot.wireMock.getAllServeEvents()).isEmpty();
  }

  @Test
  void dealFieldIsCreatedAsNumberInAnExistingRevbridgeGroup() {
    hubSpot.wireMock.stubFor(get(urlPathEqualTo("/crm/v3/properties/deals")).willReturn(okJson("{\"results\":[]}")));
    hubSpot.wireMock.stubFor(get(urlPathEqualTo("/crm/v3/properties/deals/groups/revbridge"))
        .willReturn(okJson("{\"name\":\"revbridge\",\"label\":\"Revbridge\"}")));
    hubSpot.wireMock.stubFor(post(urlPathEqualTo("/crm/v3/properties/deals"))
        .willReturn(aResponse().withStatus(201).withBody("{}")));
    FieldSpec winProbability = new FieldSpec("deals", "revbridge_win_probability", "Win %", FieldType.NUMBER, null);

    schema.ensureFields(List.of(winProbability), true);

    hubSpot.wireMock.verify(postRequestedFor(urlPathEqualTo("/crm/v3/properties/deals"))
        .withRequestBody(matchingJsonPath("$.type", equalTo("number")))
        .withRequestBody(matchingJsonPath("$.fieldType", equalTo("number")))
        .withRequestBody(matchingJsonPath("$.groupName", equalTo("revbridge"))));
    hubSpot.wireMock.verify(0, postRequestedFor(urlPathEqualTo("/crm/v3/properties/deals/groups")));
  }
}
