package io.revbridge.hubspot.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.revbridge.hubspot.internal.HubSpotTestServer.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.revbridge.model.RecordRef;
import io.revbridge.spi.ConnectionCrmException;
import io.revbridge.spi.CrmError;
import io.revbridge.spi.ErrorKind;
import io.revbridge.spi.FieldWrite;
import io.revbridge.spi.WriteResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HubSpotRecordWriterTest {
  static final String UPDATE = "/crm/v3/objects/contacts/batch/update";

  final HubSpotTestServer hubSpot = new HubSpotTestServer();
  final HubSpotRecordWriter writer = new HubSpotRecordWriter("hs", hubSpot.client());

  @AfterEach
  void stop() {
    hubSpot.close();
  }

  static FieldWrite write(String key, String id, Map<String, String> values) {
    return new FieldWrite(key, new RecordRef("hs", "contacts", id), values);
  }

  static List<FieldWrite> scores(int count) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(i -> write("write-" + i, Integer.toString(i), Map.of("revbridge_score", "87")))
        .toList();
  }

  List<JsonNode> updateBodies() throws Exception {
    List<JsonNode> bodies = new ArrayList<>();
    for (var event : hubSpot.wireMock.getAllServeEvents()) {
      bodies.add(HubSpotJson.parse(event.getRequest().getBodyAsString()));
    }
    return bodies;
  }

  void stubAllUpdatesSucceed() {
    hubSpot.wireMock.stubFor(post(urlPathEqualTo(UPDATE)).atPriority(5)
        .willReturn(okJson(body("batch-update-contacts-200.json"))));
  }

  @Test
  void batchOf101IsSplitInTwo() throws Exception {
    stubAllUpdatesSucceed();

    List<WriteResult> results = writer.update("contacts", scores(101));

    assertThat(updateBodies()).extracting(b -> b.path("inputs").size()).containsExactlyInAnyOrder(100, 1);
    assertThat(results).hasSize(101).allMatch(WriteResult::succeeded);
  }

  @Test
  void updatesCarryIdPropertiesAndTheIdempotencyKeyAsTraceId() {
    stubAllUpdatesSucceed();

    writer.update("contacts", List.of(write("k-1", "51", Map.of("revbridge_score", "87", "revbridge_grade", "A"))));

    hubSpot.wireMock.verify(postRequestedFor(urlPathEqualTo(UPDATE)).withRequestBody(equalToJson(
        "{\"inputs\":[{\"id\":\"51\",\"properties\":{\"revbridge_score\":\"87\",\"revbridge_grade\":\"A\"},"
            + "\"objectWriteTraceId\":\"k-1\"}]}")));
  }

  @Test
  void perItemValidationErrorsAreReportedPerItem() {
    hubSpot.wireMock.stubFor(post(urlPathEqualTo(UPDATE))
        .willReturn(aResponse().withStatus(207).withBody(body("batch-update-contacts-207.json"))));

    List<WriteResult> results = writer.update("contacts", List.of(
        write("write-1", "1", Map.of("revbridge_score", "87")),
        write("write-2", "2", Map.of("hubspot_owner_id", "76299546x")),
        write("write-3", "3", Map.of("revbridge_score", "12"))));

    assertThat(results).hasSize(3);
    assertThat(result(results, "write-1").succeeded()).isTrue();
    CrmError invalid = result(results, "write-2").error().orElseThrow();
    assertThat(invalid.kind()).isEqualTo(ErrorKind.PERMANENT_ITEM);
    assertThat(invalid.code()).isEqualTo("INVALID_INTEGER");
    assertThat(invalid.fields()).containsExactly("hubspot_owner_id");
    assertThat(invalid.message()).contains("was not a valid integer");
    CrmError missing = result(results, "write-3").error().orElseThrow();
    assertThat(missing.code()).isEqualTo("OBJECT_NOT_FOUND");
    assertThat(missing.kind()).isEqualTo(ErrorKind.RECORD_GONE);
  }

  @Test
  void aRecordHubSpotNoLongerHasIsReportedGoneAndTheRestOfTheBatchIsWritten() {
    stubAllUpdatesSucceed();
    hubSpot.wireMock.stubFor(post(urlPathEqualTo(UPDATE)).atPriority(1)
        .withRequestBody(containing("\"id\":\"4\""))
        .willReturn(aResponse().withStatus(404).withBody(body("error-404-object-not-found.json"))));

    List<WriteResult> results = writer.update("contacts", scores(4));

    assertThat(results).filteredOn(WriteResult::succeeded).extracting(WriteResult::idempotencyKey)
        .containsExactlyInAnyOrder("write-1", "write-2", "write-3");
    CrmError gone = result(results, "write-4").error().orElseThrow();
    assertThat(gone.kind()).isEqualTo(ErrorKind.RECORD_GONE);
    assertThat(gone.code()).isEqualTo("OBJECT_NOT_FOUND");
  }

  @Test
  void aLone404WithAnEmptyBodyStillMeansTheRecordIsGone() {
    hubSpot.wireMock.stubFor(post(urlPathEqualTo(UPDATE)).willReturn(aResponse().withStatus(404)));

    List<WriteResult> results = writer.update("contacts", scores(1));

    assertThat(result(results, "write-1").error())
        .hasValueSatisfying(e -> assertThat(e.kind()).isEqualTo(ErrorKind.RECORD_GONE));
  }

  @Test
  void wholeBatchRejectionIsSplitUntilTheBadItemStandsAlone() {
    stubAllUpdatesSucceed();
    hubSpot.wireMock.stubFor(post(urlPathEqualTo(UPDATE)).atPriority(1)
        .withRequestBody(containing("not-an-owner"))
        .willReturn(aResponse().withStatus(400).withBody(body("error-400-invalid-owner.json"))));
    List<FieldWrite> writes = new ArrayList<>(scores(8));
    writes.set(5, write("write-6", "6", Map.of("hubspot_owner_id", "not-an-owner")));

    List<WriteResult> results = writer.update("contacts", writes);

    assertThat(results).hasSize(8);
    assertThat(results).filteredOn(WriteResult::succeeded).hasSize(7);
    CrmError error = result(results, "write-6").error().orElseThrow();
    assertThat(error.code()).isEqualTo("INVALID_INTEGER");
    assertThat(error.fields()).containsExactly("hubspot_owner_id");
    // 8 -> 4 + 4 (bad) -> 2 + 2 (bad) -> 1 + 1 (bad)
    hubSpot.wireMock.verify(7, postRequestedFor(urlPathEqualTo(UPDATE)));
  }

  @Test
  void missingPropertyEveryItemWritesFailsTheBatchWithoutSplitting() {
    hubSpot.wireMock.stubFor(post(urlPathEqualTo(UPDATE))
        .willReturn(aResponse().withStatus(400).withBody(body("error-400-property-doesnt-exist.json"))));

    List<WriteResult> results = writer.update("contacts", scores(50));

    assertThat(results).hasSize(50).allSatisfy(r -> {
      assertThat(r.error()).hasValueSatisfying(e -> {
        assertThat(e.code()).isEqualTo("PROPERTY_DOESNT_EXIST");
        assertThat(e.fields()).containsExactly("revbridge_score");
      });
    });
    hubSpot.wireMock.verify(1, postRequestedFor(urlPathEqualTo(UPDATE)));
  }

  @Test
  void twoWritesToOneRecordGoInSeparateBatches() throws Exception {
    stubAllUpdatesSucceed();

    writer.update("contacts", List.of(
        write("a", "1", Map.of("revbridge_score", "10")),
        write("b", "2", Map.of("revbridge_score", "20")),
        write("c", "1", Map.of("revbridge_grade", "B"))));

    assertThat(updateBodies()).extracting(b -> b.path("inputs").size()).containsExactlyInAnyOrder(2, 1);
  }

  @Test
  void failureAfterAnEarlierBatchSucceededStillReportsEveryItem() {
    hubSpot.wireMock.stubFor(post(urlPathEqualTo(UPDATE)).atPriority(5)
        .willReturn(okJson(body("batch-update-contacts-200.json"))));
    hubSpot.wireMock.stubFor(post(urlPathEqualTo(UPDATE)).atPriority(1)
        .withRequestBody(containing("\"write-150\""))
        .willReturn(aResponse().withStatus(401).withBody(body("error-401-expired.json"))));

    List<WriteResult> results = writer.update("contacts", scores(150));

    assertThat(results).hasSize(150);
    assertThat(results).filteredOn(WriteResult::succeeded).hasSize(100);
    assertThat(result(results, "write-150").error()).hasValueSatisfying(
        e -> assertThat(e.kind()).isEqualTo(ErrorKind.PERMANENT_CONNECTION));
  }

  @Test
  void failureBeforeAnythingSucceededIsThrown() {
    hubSpot.wireMock.stubFor(post(urlPathEqualTo(UPDATE))
        .willReturn(aResponse().withStatus(401).withBody(body("error-401-expired.json"))));

    catchThrowableOfType(ConnectionCrmException.class, () -> writer.update("contacts", scores(3)));
  }

  @Test
  void writeForAnotherObjectTypeFailsOnlyThatItem() {
    stubAllUpdatesSucceed();
    FieldWrite deal = new FieldWrite("d", new RecordRef("hs", "deals", "9"), Map.of("amount", "1"));

    List<WriteResult> results = writer.update("contacts", List.of(deal, scores(1).get(0)));

    assertThat(result(results, "d").error())
        .hasValueSatisfying(e -> assertThat(e.code()).isEqualTo("WRONG_OBJECT_TYPE"));
    assertThat(result(results, "write-1").succeeded()).isTrue();
  }

  static WriteResult result(List<WriteResult> results, String key) {
    return results.stream().filter(r -> r.idempotencyKey().equals(key)).findFirst().orElseThrow();
  }
}
