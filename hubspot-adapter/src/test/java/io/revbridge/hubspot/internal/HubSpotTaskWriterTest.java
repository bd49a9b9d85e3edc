package io.revbridge.hubspot.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.revbridge.hubspot.internal.HubSpotTestServer.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.revbridge.model.RecordRef;
import io.revbridge.model.TaskPriority;
import io.revbridge.model.TaskType;
import io.revbridge.spi.TaskSpec;
import io.revbridge.spi.WriteResult;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HubSpotTaskWriterTest {
  static final String CREATE = "/crm/v3/objects/tasks/batch/create";
  static final Instant DUE = Instant.parse("2026-04-01T15:00:00Z");

  final HubSpotTestServer hubSpot = new HubSpotTestServer();
  final HubSpotRecordWriter writer = new HubSpotRecordWriter("hs", hubSpot.client());

  @AfterEach
  void stop() {
    hubSpot.close();
  }

  static TaskSpec task(String key, String objectType, String id, String owner) {
    return new TaskSpec(key, new RecordRef("hs", objectType, id), owner, "Call back hot lead",
        "Score jumped to 87", DUE, TaskPriority.HIGH, TaskType.CALL);
  }

  @Test
  void tasksAreCreatedAboutTheirRecordAssignedAndTracedByIdempotencyKey() {
    hubSpot.wireMock.stubFor(post(urlPathEqualTo(CREATE))
        .willReturn(aResponse().withStatus(201).withBody(body("tasks-batch-create-201.json"))));

    List<WriteResult> results = writer.createTasks(List.of(
        task("task-a", "contacts", "123456", "76299546"), task("task-b", "deals", "777", null)));

    hubSpot.wireMock.verify(postRequestedFor(urlPathEqualTo(CREATE)).withRequestBody(equalToJson("""
        {"inputs": [
          {"properties": {"hs_timestamp": "2026-04-01T15:00:00Z", "hs_task_subject": "Call back hot lead",
                          "hs_task_body": "Score jumped to 87", "hs_task_status": "NOT_STARTED",
                          "hs_task_priority": "HIGH", "hs_task_type": "CALL", "hubspot_owner_id": "76299546"},
           "associations": [{"to": {"id": "123456"},
                             "types": [{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 204}]}],
           "objectWriteTraceId": "task-a"},
          {"properties": {"hs_timestamp": "2026-04-01T15:00:00Z", "hs_task_subject": "Call back hot lead",
                          "hs_task_body": "Score jumped to 87", "hs_task_status": "NOT_STARTED",
                          "hs_task_priority": "HIGH", "hs_task_type": "CALL"},
           "associations": [{"to": {"id": "777"},
                             "types": [{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 216}]}],
           "objectWriteTraceId": "task-b"}
        ]}""")));
    assertThat(results).containsExactlyInAnyOrder(
        WriteResult.ok("task-a", new RecordRef("hs", "tasks", "5000")),
        WriteResult.ok("task-b", new RecordRef("hs", "tasks", "5001")));
  }

  @Test
  void aTaskIsAlsoAssociatedWithTheCompanyAndDealItConcerns() throws Exception {
    hubSpot.wireMock.stubFor(post(urlPathEqualTo(CREATE))
        .willReturn(aResponse().withStatus(201).withBody(body("tasks-batch-create-201.json"))));
    TaskSpec base = task("task-a", "contacts", "123456", "76299546");
    TaskSpec spec = new TaskSpec(base.idempotencyKey(), base.about(), base.ownerId(), base.subject(), base.body(),
        base.dueAt(), base.priority(), base.type(), List.of(new RecordRef("hs", "companies", "9001"),
            new RecordRef("hs", "deals", "777"), new RecordRef("other-connection", "companies", "1"),
            new RecordRef("hs", "tickets", "5"), base.about()));

    writer.createTasks(List.of(spec));

    // only refs of this connection and of synced types, the record itself once
    JsonNode sent = HubSpotJson.parse(hubSpot.wireMock.getAllServeEvents().get(0).getRequest().getBodyAsString());
    assertThat(sent.at("/inputs/0/associations")).extracting(
            a -> a.at("/to/id").asText() + ":" + a.at("/types/0/associationTypeId").asInt())
        .containsExactly("123456:204", "9001:192", "777:216");
  }

  @Test
  void perTaskErrorsAreMatchedByTraceId() {
    hubSpot.wireMock.stubFor(post(urlPathEqualTo(CREATE))
        .willReturn(aResponse().withStatus(207).withBody(body("tasks-batch-create-207.json"))));

    List<WriteResult> results = writer.createTasks(List.of(
        task("task-a", "companies", "1", "76299546"), task("task-b", "contacts", "2", "42x")));

    assertThat(results).filteredOn(r -> r.idempotencyKey().equals("task-a"))
        .containsExactly(WriteResult.ok("task-a", new RecordRef("hs", "tasks", "5000")));
    assertThat(results).filteredOn(r -> r.idempotencyKey().equals("task-b")).singleElement()
        .satisfies(r -> assertThat(r.error()).hasValueSatisfying(e -> {
          assertThat(e.code()).isEqualTo("INVALID_INTEGER");
          assertThat(e.fields()).containsExactly("hubspot_owner_id");
        }));
  }

  @Test
  void aTaskAboutAnUnsupportedObjectFailsAloneWithoutACall() {
    List<WriteResult> results = writer.createTasks(List.of(task("t", "tickets", "1", null)));

    assertThat(results).singleElement().satisfies(r -> assertThat(r.error())
        .hasValueSatisfying(e -> assertThat(e.code()).isEqualTo("UNSUPPORTED_ASSOCIATION")));
    assertThat(hubSpot.wireMock.getAllServeEvents()).isEmpty();
  }

  @Test
  void aDuplicateIdempotencyKeyFailsTheSecondTaskOnly() {
    hubSpot.wireMock.stubFor(post(urlPathEqualTo(CREATE))
        .willReturn(aResponse().withStatus(201).withBody(body("tasks-batch-create-207.json"))));

    List<WriteResult> results = writer.createTasks(List.of(
        task("task-a", "contacts", "1", null), task("task-a", "contacts", "2", null)));

    assertThat(results).extracting(r -> r.error().map(e -> e.code()))
        .containsExactlyInAnyOrder(Optional.empty(), Optional.of("DUPLICATE_IDEMPOTENCY_KEY"));
  }

  @Test
  void aTaskHubSpotsAnswerDoesNotMentionIsReportedAsUnknownNotRetried() {
    hubSpot.wireMock.stubFor(post(urlPathEqualTo(CREATE))
        .willReturn(aResponse().withStatus(207).withBody(body("tasks-batch-create-207.json"))));

    List<WriteResult> results = writer.createTasks(List.of(
        task("task-a", "contacts", "1", null), task("task-z", "contacts", "2", null)));

    assertThat(results).filteredOn(r -> r.idempotencyKey().equals("task-z")).singleElement()
        .satisfies(r -> assertThat(r.error()).hasValueSatisfying(e -> {
          assertThat(e.code()).isEqualTo("UNKNOWN_OUTCOME");
          assertThat(e.message()).contains("check HubSpot before creating it again");
        }));
  }
}
