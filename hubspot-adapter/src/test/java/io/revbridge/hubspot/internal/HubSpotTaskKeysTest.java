package io.revbridge.hubspot.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.revbridge.model.RecordRef;
import io.revbridge.model.TaskPriority;
import io.revbridge.model.TaskType;
import io.revbridge.spi.RetryableCrmException;
import io.revbridge.spi.TaskSpec;
import io.revbridge.spi.WriteResult;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HubSpotTaskKeysTest {
  static final String CREATE = "/crm/v3/objects/tasks/batch/create";
  static final String SEARCH = "/crm/v3/objects/tasks/search";
  static final String KEY_PROPERTY = "/crm/v3/properties/tasks/revbridge_task_key";

  final HubSpotTestServer hubSpot = new HubSpotTestServer();
  final HubSpotRecordWriter writer = new HubSpotRecordWriter("hs", hubSpot.client());

  @AfterEach
  void stop() {
    hubSpot.close();
  }

  static TaskSpec task(String key, String id) {
    return new TaskSpec(key, new RecordRef("hs", "contacts", id), "76299546", "Call hot lead", "Score 87",
        Instant.parse("2026-04-01T15:00:00Z"), TaskPriority.HIGH, TaskType.CALL);
  }

  static String searchResult(String id, String key) {
    return "{\"total\":1,\"results\":[{\"id\":\"" + id + "\",\"properties\":{\"revbridge_task_key\":\""
        + HubSpotTaskKeys.value(key) + "\",\"hs_object_id\":\"" + id + "\"},\"archived\":false}]}";
  }

  @Test
  void aTaskWhoseKeyHubSpotAlreadyHoldsIsReportedAndNotCreatedAgain() {
    hubSpot.wireMock.stubFor(get(urlPathEqualTo(KEY_PROPERTY)).willReturn(okJson("{\"name\":\"revbridge_task_key\"}")));
    hubSpot.wireMock.stubFor(post(urlPathEqualTo(SEARCH)).willReturn(okJson(searchResult("9001", "task-a"))));
    hubSpot.wireMock.stubFor(post(urlPathEqualTo(CREATE)).willReturn(okJson(
        "{\"status\":\"COMPLETE\",\"results\":[{\"id\":\"9002\",\"objectWriteTraceId\":\"task-b\",\"properties\":{}}]}")));

    List<WriteResult> results = writer.createTasks(List.of(task("task-a", "1"), task("task-b", "2")));

    assertThat(results).containsExactlyInAnyOrder(
        WriteResult.ok("task-a", new RecordRef("hs", "tasks", "9001")),
        WriteResult.ok("task-b", new RecordRef("hs", "tasks", "9002")));
    hubSpot.wireMock.verify(postRequestedFor(urlPathEqualTo(SEARCH))
        .withRequestBody(matchingJsonPath("$.filterGroups[0].filters[0].propertyName", equalTo("revbridge_task_key")))
        .withRequestBody(matchingJsonPath("$.filterGroups[0].filters[0].operator", equalTo("IN"))));
    hubSpot.wireMock.verify(1, postRequestedFor(urlPathEqualTo(CREATE)));
    hubSpot.wireMock.verify(postRequestedFor(urlPathEqualTo(CREATE))
        .withRequestBody(matchingJsonPath("$.inputs.length()", equalTo("1")))
        .withRequestBody(matchingJsonPath("$.inputs[0].objectWriteTraceId", equalTo("task-b")))
        .withRequestBody(matchingJsonPath("$.inputs[0].properties.revbridge_task_key",
            equalTo(HubSpotTaskKeys.value("task-b")))));
  }

  @Test
  void onlyTheTasksThatMayExistAreLookedUpAndTheOthersAreCreatedWithTheirKey() {
    hubSpot.wireMock.stubFor(get(urlPathEqualTo(KEY_PROPERTY)).willReturn(okJson("{\"name\":\"revbridge_task_key\"}")));
    hubSpot.wireMock.stubFor(post(urlPathEqualTo(SEARCH)).willReturn(okJson(searchResult("9001", "task-a"))));
    hubSpot.wireMock.stubFor(post(urlPathEqualTo(CREATE)).willReturn(okJson(
        "{\"status\":\"COMPLETE\",\"results\":[{\"id\":\"9002\",\"objectWriteTraceId\":\"task-b\",\"properties\":{}}]}")));

    List<WriteResult> firstTry = writer.createTasks(List.of(task("task-b", "2")), java.util.Set.of());

    assertThat(firstTry).containsExactly(WriteResult.ok("task-b", new RecordRef("hs", "tasks", "9002")));
    hubSpot.wireMock.verify(0, postRequestedFor(urlPathEqualTo(SEARCH)));
    hubSpot.wireMock.verify(postRequestedFor(urlPathEqualTo(CREATE))
        .withRequestBody(matchingJsonPath("$.inputs[0].properties.revbridge_task_key",
            equalTo(HubSpotTaskKeys.value("task-b")))));

    List<WriteResult> retried = writer.createTasks(List.of(task("task-a", "1")), java.util.Set.of("task-a"));

    assertThat(retried).containsExactly(WriteResult.ok("task-a", new RecordRef("hs", "tasks", "9001")));
    hubSpot.wireMock.verify(1, postRequestedFor(urlPathEqualTo(SEARCH)));
    hubSpot.wireMock.verify(1, postRequestedFor(urlPathEqualTo(CREATE)));
  }

  @Test
  void firstUseCreatesTheKeyPropertyInTheRevbridgeGroup() {
    hubSpot.wireMock.stubFor(get(urlPathEqualTo(KEY_PROPERTY)).willReturn(aResponse().withStatus(404)));
    hubSpot.wireMock.stubFor(get(urlPathEqualTo("/crm/v3/properties/tasks/groups/revbridge"))
        .willReturn(aResponse().withStatus(404)));
    hubSpot.wireMock.stubFor(post(urlPathEqualTo("/crm/v3/properties/tasks/groups")).willReturn(aResponse().withStatus(201)));
    hubSpot.wireMock.stubFor(post(urlPathEqualTo("/crm/v3/properties/tasks")).willReturn(aResponse().withStatus(201)));
    hubSpot.wireMock.stubFor(post(urlPathEqualTo(SEARCH)).willReturn(okJson("{\"total\":0,\"results\":[]}")));
    hubSpot.wireMock.stubFor(post(urlPathEqualTo(CREATE)).willReturn(okJson(
        "{\"status\":\"COMPLETE\",\"results\":[{\"id\":\"9002\",\"objectWriteTraceId\":\"task-b\",\"properties\":{}}]}")));

    writer.createTasks(List.of(task("task-b", "2")));
    writer.createTasks(List.of(task("task-c", "3")));

    hubSpot.wireMock.verify(1, postRequestedFor(urlPathEqualTo("/crm/v3/properties/tasks")).withRequestBody(equalToJson(
        "{\"name\":\"revbridge_task_key\",\"label\":\"Revbridge task key\",\"type\":\"string\",\"fieldType\":\"text\","
            + "\"groupName\":\"revbridge\"}", true, true)));
    hubSpot.wireMock.verify(postRequestedFor(urlPathEqualTo(CREATE))
        .withRequestBody(matchingJsonPath("$.inputs[0].properties.revbridge_task_key")));
  }

  @Test
  void aCreateWhoseAnswerWasLostIsFoundByItsKeyOnRetryAndNeverMadeTwice() {
    hubSpot.wireMock.stubFor(get(urlPathEqualTo(KEY_PROPERTY)).willReturn(okJson("{\"name\":\"revbridge_task_key\"}")));
    hubSpot.wireMock.stubFor(post(urlPathEqualTo(SEARCH)).inScenario("lost").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson("{\"total\":0,\"results\":[]}")));
    hubSpot.wireMock.stubFor(post(urlPathEqualTo(CREATE)).inScenario("lost").whenScenarioStateIs(Scenario.STARTED)
        .willSetStateTo("created").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    hubSpot.wireMock.stubFor(post(urlPathEqualTo(SEARCH)).inScenario("lost").whenScenarioStateIs("created")
        .willReturn(okJson(searchResult("9001", "task-a"))));

    assertThatThrownBy(() -> writer.createTasks(List.of(task("task-a", "1"))))
        .isInstanceOf(RetryableCrmException.class);
    List<WriteResult> retry = writer.createTasks(List.of(task("task-a", "1")));

    assertThat(retry).containsExactly(WriteResult.ok("task-a", new RecordRef("hs", "tasks", "9001")));
    hubSpot.wireMock.verify(1, postRequestedFor(urlPathEqualTo(CREATE)));
  }
}
