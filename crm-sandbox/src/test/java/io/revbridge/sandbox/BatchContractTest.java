package io.revbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BatchContractTest {
  private final FakeClock clock = new FakeClock(Instant.parse("2026-03-01T12:00:00Z"));
  private HubSpotSandbox sandbox;
  private SandboxHttp http;
  private List<String> ids;

  @BeforeEach
  void start() {
    sandbox = HubSpotSandbox.start(SandboxOptions.defaults().unlimited().withContacts(200).withClock(clock));
    http = new SandboxHttp(sandbox);
    ids = sandbox.records("contacts").stream().map(SandboxRecord::id).toList();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void batchReadReturnsFoundRecordsAndNamesMissingIdsIn207() {
    SandboxHttp.Resp r = http.post("/crm/v3/objects/contacts/batch/read", """
        {"inputs":[{"id":"%s"},{"id":"999999999"},{"id":"%s"},{"id":"not-a-number"}],"properties":["jobtitle"]}"""
        .formatted(ids.get(0), ids.get(1)));

    assertThat(r.status()).isEqualTo(207);
    assertThat(SearchContractTest.ids(r.body())).containsExactly(ids.get(0), ids.get(1));
    assertThat(r.body().at("/results/0/properties").has("jobtitle")).isTrue();
    JsonNode error = r.body().at("/errors/0");
    assertThat(error.get("category").asText()).isEqualTo("OBJECT_NOT_FOUND");
    assertThat(error.at("/context/ids")).extracting(JsonNode::asText).containsExactly("999999999", "not-a-number");
  }

  @Test
  void aBatchOf101IsRefusedWhole() {
    String inputs = String.join(",", IntStream.range(0, 101)
        .mapToObj(i -> "{\"id\":\"" + ids.get(i) + "\",\"properties\":{\"jobtitle\":\"CEO\"}}").toList());

    SandboxHttp.Resp update = http.post("/crm/v3/objects/contacts/batch/update", "{\"inputs\":[" + inputs + "]}");
    SandboxHttp.Resp read = http.post("/crm/v3/objects/contacts/batch/read", "{\"inputs\":[" + inputs + "]}");

    assertThat(update.status()).isEqualTo(400);
    assertThat(update.body().get("category").asText()).isEqualTo("VALIDATION_ERROR");
    assertThat(update.body().get("message").asText()).contains("100");
    assertThat(read.status()).isEqualTo(400);
    assertThat(sandbox.writes()).isEmpty();
    assertThat(sandbox.stats().largestBatch("POST /crm/v3/objects/contacts/batch/update")).isEqualTo(101);
  }

  @Test
  void batchUpdateAppliesGoodItemsAndReportsEachBadOneByItsId() {
    String ownerId = firstOwnerId();
    SandboxHttp.Resp r = http.post("/crm/v3/objects/contacts/batch/update", """
        {"inputs":[
          {"id":"%s","properties":{"jobtitle":"VP Sales","hubspot_owner_id":"%s"}},
          {"id":"%s","properties":{"revbridge_score":"87"}},
          {"id":"%s","properties":{"content_downloads":"many"}},
          {"id":"%s","properties":{"hubspot_owner_id":"12"}},
          {"id":"999999999","properties":{"jobtitle":"CEO"}}]}"""
        .formatted(ids.get(0), ownerId, ids.get(1), ids.get(2), ids.get(3)));

    assertThat(r.status()).isEqualTo(207);
    assertThat(SearchContractTest.ids(r.body())).containsExactly(ids.get(0));
    assertThat(sandbox.record("contacts", ids.get(0))).containsEntry("jobtitle", "VP Sales")
        .containsEntry("hubspot_owner_id", ownerId);
    Map<String, JsonNode> errors = errorsById(r.body());
    assertThat(errors).containsOnlyKeys(ids.get(1), ids.get(2), ids.get(3), "999999999");
    assertThat(errors.get(ids.get(1)).get("message").asText()).startsWith("Property values were not valid: ")
        .contains("PROPERTY_DOESNT_EXIST").contains("revbridge_score");
    assertThat(errors.get(ids.get(2)).get("message").asText()).contains("INVALID_INTEGER");
    assertThat(errors.get(ids.get(3)).get("message").asText()).contains("INVALID_INTEGER").contains("owner");
    assertThat(errors.get("999999999").get("category").asText()).isEqualTo("OBJECT_NOT_FOUND");
    assertThat(sandbox.record("contacts", ids.get(2))).doesNotContainEntry("content_downloads", "many");
  }

  @Test
  void anAcceptedWriteBumpsTheModifiedDateAndShowsInWrites() {
    Map<String, String> before = sandbox.record("contacts", ids.get(5));
    clock.advance(Duration.ofMinutes(3));

    SandboxHttp.Resp r = http.post("/crm/v3/objects/contacts/batch/update", """
        {"inputs":[{"id":"%s","properties":{"jobtitle":"Head of Sales"}}]}""".formatted(ids.get(5)));

    assertThat(r.status()).isEqualTo(200);
    Instant now = clock.instant();
    assertThat(r.body().at("/results/0/properties/lastmodifieddate").asText()).isEqualTo(now.toString().replace("Z",
        ".000Z"));
    assertThat(Instant.parse(sandbox.record("contacts", ids.get(5)).get("lastmodifieddate")))
        .isAfter(Instant.parse(before.get("lastmodifieddate"))).isEqualTo(now);
    assertThat(sandbox.find("contacts", ids.get(5)).orElseThrow().updatedAt()).isEqualTo(now);
    assertThat(sandbox.writes()).singleElement().satisfies(w -> {
      assertThat(w.endpoint()).isEqualTo("POST /crm/v3/objects/contacts/batch/update");
      assertThat(w.objectType()).isEqualTo("contacts");
      assertThat(w.id()).isEqualTo(ids.get(5));
      assertThat(w.properties()).isEqualTo(Map.of("jobtitle", "Head of Sales"));
      assertThat(w.at()).isEqualTo(now);
    });
  }

  @Test
  void twoWritesInTheSameMillisecondStillGiveStrictlyIncreasingModifiedDates() {
    String body = "{\"inputs\":[{\"id\":\"" + ids.get(6) + "\",\"properties\":{\"jobtitle\":\"%s\"}}]}";

    http.post("/crm/v3/objects/contacts/batch/update", body.formatted("CTO"));
    Instant first = sandbox.find("contacts", ids.get(6)).orElseThrow().updatedAt();
    http.post("/crm/v3/objects/contacts/batch/update", body.formatted("CEO"));
    Instant second = sandbox.find("contacts", ids.get(6)).orElseThrow().updatedAt();

    assertThat(second).isAfter(first);
  }

  @Test
  void duplicateIdsInOneBatchUpdateAreRefused() {
    SandboxHttp.Resp r = http.post("/crm/v3/objects/contacts/batch/update", """
        {"inputs":[{"id":"%1$s","properties":{"jobtitle":"CEO"}},{"id":"%1$s","properties":{"city":"Oslo"}}]}"""
        .formatted(ids.get(0)));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().get("message").asText()).contains("Duplicate").contains(ids.get(0));
  }

  @Test
  void patchUpdatesOneRecordAndRefusesUnknownPropertiesWithHubSpotsMessage() {
    SandboxHttp.Resp ok = http.patch("/crm/v3/objects/contacts/" + ids.get(0), "{\"properties\":{\"city\":\"Oslo\"}}");
    SandboxHttp.Resp bad = http.patch("/crm/v3/objects/contacts/" + ids.get(0), "{\"properties\":{\"foo\":\"1\"}}");

    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.body().at("/properties/city").asText()).isEqualTo("Oslo");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body().get("category").asText()).isEqualTo("VALIDATION_ERROR");
    JsonNode inner = embeddedProblems(bad.body().get("message").asText());
    assertThat(inner.at("/0/error").asText()).isEqualTo("PROPERTY_DOESNT_EXIST");
    assertThat(inner.at("/0/name").asText()).isEqualTo("foo");
  }

  /** HubSpot puts the property problems into the message as JSON text; clients parse it back out. */
  private static JsonNode embeddedProblems(String message) {
    try {
      return SandboxHttp.JSON.readTree(message.substring(message.indexOf('[')));
    } catch (java.io.IOException e) {
      throw new AssertionError("message does not embed a JSON array: " + message, e);
    }
  }

  private String firstOwnerId() {
    return http.get("/crm/v3/owners").body().at("/results/0/id").asText();
  }

  private static Map<String, JsonNode> errorsById(JsonNode body) {
    Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
    List<JsonNode> errors = new ArrayList<>();
    body.get("errors").forEach(errors::add);
    for (JsonNode e : errors) {
      e.at("/context/ids").forEach(id -> out.put(id.asText(), e));
    }
    assertThat(body.get("numErrors").asInt()).isEqualTo(errors.size());
    return out;
  }
}
