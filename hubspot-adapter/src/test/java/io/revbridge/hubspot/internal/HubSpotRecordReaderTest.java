package io.revbridge.hubspot.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.revbridge.model.RecordRef;
import io.revbridge.spi.CrmRecord;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HubSpotRecordReaderTest {
  final HubSpotTestServer hubSpot = new HubSpotTestServer();
  final HubSpotRecordReader reader = new HubSpotRecordReader("hs", hubSpot.client());

  @AfterEach
  void stop() {
    hubSpot.close();
  }

  List<JsonNode> requestBodies() throws Exception {
    List<JsonNode> bodies = new java.util.ArrayList<>();
    for (var event : hubSpot.wireMock.getAllServeEvents()) {
      bodies.add(HubSpotJson.parse(event.getRequest().getBodyAsString()));
    }
    return bodies;
  }

  @Test
  void idsAreReadInChunksOfOneHundred() throws Exception {
    hubSpot.wireMock.stubFor(post(urlPathEqualTo("/crm/v3/objects/contacts/batch/read"))
        .willReturn(okJson("{\"status\":\"COMPLETE\",\"results\":[]}")));
    List<String> ids = IntStream.rangeClosed(1, 250).mapToObj(Integer::toString).toList();

    reader.read("contacts", ids, Set.of("email"));

    assertThat(requestBodies()).extracting(b -> b.path("inputs").size())
        .containsExactlyInAnyOrder(100, 100, 50);
    assertThat(requestBodies().get(0).path("properties").toString())
        .isEqualTo("[\"email\",\"lastmodifieddate\"]");
  }

  @Test
  void idsHubSpotDoesNotKnowAreLeftOut() {
    hubSpot.wireMock.stubFor(post(urlPathEqualTo("/crm/v3/objects/contacts/batch/read"))
        .willReturn(aResponse().withStatus(207).withBody(HubSpotTestServer.body("batch-read-contacts-207.json"))));

    List<CrmRecord> records = reader.read("contacts", List.of("101", "102", "999"), Set.of("email"));

    assertThat(records).extracting(CrmRecord::ref).containsExactly(
        new RecordRef("hs", "contacts", "101"), new RecordRef("hs", "contacts", "102"));
    assertThat(records.get(0).field("email")).isEqualTo("grace@example.com");
    assertThat(records.get(0).modifiedAt()).isEqualTo(Instant.parse("2024-09-11T13:27:39.356Z"));
  }

  @Test
  void noIdsMeansNoCall() {
    assertThat(reader.read("deals", List.of(), Set.of("amount"))).isEmpty();
    assertThat(hubSpot.wireMock.getAllServeEvents()).isEmpty();
  }
}
