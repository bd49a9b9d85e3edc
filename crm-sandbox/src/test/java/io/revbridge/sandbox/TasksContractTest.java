package io.revbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TasksContractTest {
  private HubSpotSandbox sandbox;
  private SandboxHttp http;
  private String contactId;
  private String companyId;
  private String ownerId;

  @BeforeEach
  void start() {
    sandbox = HubSpotSandbox.start(SandboxOptions.defaults().unlimited().withContacts(50));
    http = new SandboxHttp(sandbox);
    contactId = sandbox.records("contacts").get(3).id();
    companyId = sandbox.records("companies").get(0).id();
    ownerId = http.get("/crm/v3/owners").body().at("/results/0/id").asText();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void aTaskIsCreatedWithItsAssociationAndIsVisibleFromBothSides() {
    SandboxHttp.Resp r = http.post("/crm/v3/objects/tasks", """
        {"properties":{"hs_timestamp":"2026-04-01T15:00:00Z","hs_task_subject":"Call back hot lead",
          "hs_task_body":"Score jumped to 87","hs_task_status":"NOT_STARTED","hs_task_priority":"HIGH",
          "hs_task_type":"CALL","hubspot_owner_id":"%s"},
         "associations":[{"to":{"id":"%s"},"types":[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":204}]}]}
        """.formatted(ownerId, contactId));

    assertThat(r.status()).isEqualTo(201);
    String taskId = r.body().get("id").asText();
    SandboxRecord task = sandbox.find("tasks", taskId).orElseThrow();
    assertThat(task.properties()).containsEntry("hs_task_subject", "Call back hot lead")
        .containsEntry("hs_timestamp", "2026-04-01T15:00:00.000Z").containsEntry("hubspot_owner_id", ownerId);
    assertThat(task.associations()).containsEntry("contacts", List.of(contactId));
    assertThat(sandbox.find("contacts", contactId).orElseThrow().associations().get("tasks")).contains(taskId);
    assertThat(http.get("/crm/v3/objects/tasks/" + taskId + "?associations=contacts").body()
        .at("/associations/contacts/results/0/id").asText()).isEqualTo(contactId);
    assertThat(http.search("tasks", """
        {"filterGroups":[{"filters":[{"propertyName":"hs_task_subject","operator":"EQ","value":"call back hot lead"}]}]}
        """).body().get("total").asInt()).isEqualTo(1);
  }

  @Test
  void batchCreateWithTraceIdsReportsEachBadTaskByItsTraceId() {
    SandboxHttp.Resp r = http.post("/crm/v3/objects/tasks/batch/create", """
        {"inputs":[
          {"objectWriteTraceId":"ok-1","properties":{"hs_timestamp":"1775055600000","hs_task_subject":"Follow up"},
           "associations":[{"to":{"id":"%s"},"types":[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":192}]}]},
          {"objectWriteTraceId":"no-due","properties":{"hs_task_subject":"Missing due date"}},
          {"objectWriteTraceId":"ghost","properties":{"hs_timestamp":"1775055600000"},
           "associations":[{"to":{"id":"999999999"},"types":[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":204}]}]},
          {"objectWriteTraceId":"bad-owner","properties":{"hs_timestamp":"1775055600000","hubspot_owner_id":"1"}}]}"""
        .formatted(companyId));

    assertThat(r.status()).isEqualTo(207);
    assertThat(r.body().get("results")).singleElement()
        .satisfies(t -> assertThat(t.get("objectWriteTraceId").asText()).isEqualTo("ok-1"));
    Map<String, JsonNode> errors = new HashMap<>();
    r.body().get("errors").forEach(e -> errors.put(e.at("/context/objectWriteTraceId/0").asText(), e));
    assertThat(errors).containsOnlyKeys("no-due", "ghost", "bad-owner");
    assertThat(errors.get("no-due").get("message").asText()).contains("hs_timestamp");
    assertThat(errors.get("ghost").get("message").asText()).contains("999999999");
    assertThat(errors.values()).allMatch(e -> e.get("category").asText().equals("VALIDATION_ERROR"));
    assertThat(sandbox.records("tasks")).singleElement()
        .satisfies(t -> assertThat(t.associations()).containsEntry("companies", List.of(companyId)));
  }

  @Test
  void batchCreateWithoutTraceIdsFailsWholeWhenOneInputIsBad() {
    SandboxHttp.Resp r = http.post("/crm/v3/objects/tasks/batch/create", """
        {"inputs":[{"properties":{"hs_timestamp":"1775055600000","hs_task_subject":"Good"}},
                   {"properties":{"hs_task_subject":"No due date"}}]}""");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().get("message").asText()).contains("hs_timestamp").contains("objectWriteTraceId");
    assertThat(sandbox.records("tasks")).isEmpty();
  }

  @Test
  void anAssociationTypeThatDoesNotLeadFromTasksIsRefused() {
    SandboxHttp.Resp r = http.post("/crm/v3/objects/tasks", """
        {"properties":{"hs_timestamp":"1775055600000"},
         "associations":[{"to":{"id":"%s"},"types":[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":1}]}]}
        """.formatted(contactId));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().get("message").asText()).contains("associationTypeId 1").contains("204");
  }
}
