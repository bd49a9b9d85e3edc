package io.revbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Calls, emails and meetings as HubSpot serves them: seeded by the contacts' owners, searchable, associated. */
class ActivitiesContractTest {
  private HubSpotSandbox sandbox;
  private SandboxHttp http;

  @BeforeEach
  void start() {
    sandbox = HubSpotSandbox.start(SandboxOptions.defaults().unlimited().withContacts(200));
    http = new SandboxHttp(sandbox);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void seededCallsAreLoggedByTheContactsOwnerAndReadIncrementallyWithTheirContacts() {
    List<SandboxRecord> calls = sandbox.records("calls");
    assertThat(calls).isNotEmpty();
    assertThat(sandbox.records("emails")).isNotEmpty();
    assertThat(sandbox.records("meetings")).isNotEmpty();

    JsonNode page = http.search("calls", """
        {"filterGroups":[{"filters":[{"propertyName":"hs_lastmodifieddate","operator":"GTE","value":"0"}]}],
         "sorts":[{"propertyName":"hs_lastmodifieddate","direction":"ASCENDING"}],
         "properties":["hs_timestamp","hubspot_owner_id","hs_call_direction","hs_call_status","hs_call_title"],
         "limit":200}
        """).body();
    assertThat(page.get("total").asInt()).isEqualTo(calls.size());
    JsonNode first = page.at("/results/0/properties");
    assertThat(first.get("hs_call_direction").asText()).isIn("INBOUND", "OUTBOUND");
    assertThat(first.get("hubspot_owner_id").asText()).isNotBlank();

    List<String> ids = new ArrayList<>();
    calls.stream().limit(20).forEach(c -> ids.add("{\"id\":\"" + c.id() + "\"}"));
    JsonNode associations = http.post("/crm/v4/associations/calls/contacts/batch/read",
        "{\"inputs\":[" + String.join(",", ids) + "]}").body();
    JsonNode one = associations.at("/results/0");
    String callId = one.at("/from/id").asText();
    String contactId = one.at("/to/0/toObjectId").asText();
    assertThat(one.at("/to/0/associationTypes/0/typeId").asInt()).isEqualTo(194);
    String callOwner = sandbox.find("calls", callId).orElseThrow().properties().get("hubspot_owner_id");
    SandboxRecord contact = sandbox.find("contacts", contactId).orElseThrow();
    boolean onADeal = !sandbox.find("calls", callId).orElseThrow().associations().getOrDefault("deals", List.of())
        .isEmpty();
    if (!onADeal) {
      assertThat(contact.properties().get("hubspot_owner_id")).isEqualTo(callOwner);
    }
    assertThat(contact.associations().get("calls")).contains(callId);
  }

  @Test
  void aRepsCallCanBeLoggedThroughTheApiLikeInHubSpot() {
    String contactId = sandbox.records("contacts").get(0).id();
    SandboxHttp.Resp r = http.post("/crm/v3/objects/calls", """
        {"properties":{"hs_timestamp":"2026-04-01T15:00:00Z","hs_call_title":"First call","hs_call_direction":"OUTBOUND",
          "hs_call_status":"COMPLETED"},
         "associations":[{"to":{"id":"%s"},"types":[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":194}]}]}
        """.formatted(contactId));

    assertThat(r.status()).isEqualTo(201);
    assertThat(sandbox.find("calls", r.body().get("id").asText()).orElseThrow().associations())
        .containsEntry("contacts", List.of(contactId));
    assertThat(http.post("/crm/v3/objects/calls", "{\"properties\":{\"hs_call_title\":\"No time\"}}").status())
        .isEqualTo(400);
  }

  @Test
  void aThirdOfTheContactsGivenAnOwnerThroughTheApiGetACallFromThatOwnerAtOnce() {
    String ownerId = http.get("/crm/v3/owners").body().at("/results/0/id").asText();
    List<String> ids = sandbox.records("contacts").stream().map(SandboxRecord::id).limit(9).toList();
    int before = sandbox.records("calls").size();
    StringBuilder inputs = new StringBuilder();
    for (String id : ids) {
      inputs.append(inputs.length() == 0 ? "" : ",").append("{\"id\":\"").append(id)
          .append("\",\"properties\":{\"hubspot_owner_id\":\"").append(ownerId).append("\"}}");
    }

    assertThat(http.post("/crm/v3/objects/contacts/batch/update", "{\"inputs\":[" + inputs + "]}").status())
        .isEqualTo(200);

    List<SandboxRecord> calls = sandbox.records("calls");
    long expected = ids.stream().mapToLong(Long::parseLong).filter(id -> id % 3 == 0).count();
    assertThat(expected).isPositive();
    assertThat(calls).hasSize(before + (int) expected);
    assertThat(calls.subList(before, calls.size())).allSatisfy(call -> {
      assertThat(call.properties()).containsEntry("hubspot_owner_id", ownerId)
          .containsEntry("hs_call_direction", "OUTBOUND");
      assertThat(Long.parseLong(call.associations().get("contacts").get(0)) % 3).isZero();
    });
  }
}
