package io.revbridge.hubspot.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.revbridge.spi.StageChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HubSpotStageHistoryTest {
  final HubSpotTestServer hubSpot = new HubSpotTestServer();
  final HubSpotClient client = hubSpot.client();
  final HubSpotStageHistory history = new HubSpotStageHistory(client);

  @AfterEach
  void stop() {
    client.close();
    hubSpot.close();
  }

  List<JsonNode> requestBodies() throws Exception {
    List<JsonNode> bodies = new ArrayList<>();
    for (var event : hubSpot.wireMock.getAllServeEvents()) {
      bodies.add(0, HubSpotJson.parse(event.getRequest().getBodyAsString())); // WireMock lists the newest first
    }
    return bodies;
  }

  @Test
  void dealStageVersionsComeOldestFirstWhateverOrderHubSpotSendsAndUnknownOrEmptyDealsAreLeftOut() throws Exception {
    hubSpot.wireMock.stubFor(post(urlPathEqualTo("/crm/v3/objects/deals/batch/read")).willReturn(aResponse()
        .withStatus(207).withHeader("Content-Type", "application/json")
        .withBody(HubSpotTestServer.body("batch-read-deals-history-207.json"))));

    Map<String, List<StageChange>> read = history.read("deals", List.of("9001", "9002", "9003", "9999", "9001"));

    assertThat(read).containsOnlyKeys("9001", "9002");
    assertThat(read.get("9001")).containsExactly(
        new StageChange("appointmentscheduled", Instant.parse("2024-01-17T19:55:04.281Z")),
        new StageChange("decisionmakerboughtin", Instant.parse("2024-07-02T08:14:00.120Z")),
        new StageChange("closedwon", Instant.parse("2024-09-11T13:27:39.356Z")));
    assertThat(read.get("9002")).extracting(StageChange::stage).containsExactly("qualifiedtobuy", "closedlost");
    JsonNode body = requestBodies().get(0);
    assertThat(body.path("inputs").toString())
        .isEqualTo("[{\"id\":\"9001\"},{\"id\":\"9002\"},{\"id\":\"9003\"},{\"id\":\"9999\"}]");
    assertThat(body.path("properties").toString()).isEqualTo("[\"dealstage\"]");
    assertThat(body.path("propertiesWithHistory").toString()).isEqualTo("[\"dealstage\"]");
  }

  @Test
  void oneHundredAndTwentyDealsAreReadInThreeCallsOfAtMostFiftyAsHubSpotAllowsWithHistories() throws Exception {
    hubSpot.wireMock.stubFor(post(urlPathEqualTo("/crm/v3/objects/deals/batch/read"))
        .willReturn(okJson("{\"status\":\"COMPLETE\",\"results\":[]}")));

    history.read("deals", IntStream.rangeClosed(1, 120).mapToObj(Integer::toString).toList());

    assertThat(requestBodies()).extracting(b -> b.path("inputs").size()).containsExactly(50, 50, 20);
  }

  @Test
  void noneOfTheIdsExistingIsAnEmptyHistoryNotAnError() {
    hubSpot.wireMock.stubFor(post(urlPathEqualTo("/crm/v3/objects/deals/batch/read")).willReturn(aResponse()
        .withStatus(404).withHeader("Content-Type", "application/json")
        .withBody(HubSpotTestServer.body("error-404-object-not-found.json"))));

    assertThat(history.read("deals", List.of("9999"))).isEmpty();
  }

  @Test
  void onlyDealsHaveAStageHistoryAndNoIdsMeansNoCall() {
    assertThat(history.objectTypes()).containsExactly("deals");
    assertThatThrownBy(() -> history.read("contacts", List.of("1"))).isInstanceOf(IllegalArgumentException.class);
    assertThat(history.read("deals", List.of())).isEmpty();
    assertThat(hubSpot.wireMock.getAllServeEvents()).isEmpty();
  }
}
