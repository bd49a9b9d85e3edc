package io.revbridge.hubspot.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.revbridge.hubspot.internal.HubSpotTestServer.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every exchange with HubSpot and every wait for its limits reaches the connection's API listener. */
class HubSpotApiEventsTest {
  final HubSpotTestServer hubSpot = new HubSpotTestServer();
  final RecordingApiListener listener = new RecordingApiListener();

  @AfterEach
  void stop() {
    hubSpot.close();
  }

  /** {@code path} answers {@code first} once, then 200. */
  private void failsOnce(String path, ResponseDefinitionBuilder first) {
    hubSpot.wireMock.stubFor(get(urlPathEqualTo(path)).inScenario(path).whenScenarioStateIs(STARTED)
        .willReturn(first).willSetStateTo("ok"));
    hubSpot.wireMock.stubFor(get(urlPathEqualTo(path)).inScenario(path).whenScenarioStateIs("ok")
        .willReturn(okJson("{\"results\":[]}")));
  }

  /** What WireMock served, by the outcome the listener should have heard. */
  private Map<String, Integer> served() {
    Map<String, Integer> counts = new TreeMap<>();
    for (ServeEvent e : hubSpot.wireMock.getAllServeEvents()) {
      var response = e.getResponseDefinition();
      String outcome = response.getFault() != null ? "transport_error"
          : HubSpotApiEvents.outcome(response.getStatus()).label();
      counts.merge(outcome, 1, Integer::sum);
    }
    return counts;
  }

  @Test
  void everyExchangeIsCountedByOutcomeAsHubSpotServedIt() {
    failsOnce("/crm/v3/owners", aResponse().withStatus(429).withHeader("Content-Type", "application/json")
        .withHeader("X-HubSpot-RateLimit-Interval-Milliseconds", "10000").withBody(body("error-429-ten-secondly.json")));
    failsOnce("/crm/v3/properties/contacts", aResponse().withStatus(503).withBody(body("error-503.json")));
    failsOnce("/crm/v3/objects/contacts", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    hubSpot.wireMock.stubFor(get(urlPathEqualTo("/crm/v3/objects/companies")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody(body("error-404-object-not-found.json"))));
    HubSpotClient client = hubSpot.client();
    client.listen(listener);

    client.send(HubSpotCall.get("/crm/v3/owners", Map.of()));
    client.send(HubSpotCall.get("/crm/v3/properties/contacts", Map.of()));
    client.send(HubSpotCall.get("/crm/v3/objects/contacts", Map.of()));
    catchThrowable(() -> client.send(HubSpotCall.get("/crm/v3/objects/companies", Map.of())));

    assertThat(listener.callsByOutcome()).isEqualTo(served()).isEqualTo(Map.of(
        "ok", 3, "rate_limited", 1, "server_error", 1, "transport_error", 1, "client_error", 1));
    assertThat(listener.waits).as("backoff after a 503 or a reset is not a rate-limit wait (pacing aside)")
        .filteredOn(w -> !w.startsWith("pacing ")).containsExactly("retry_after PT10S");
  }

  @Test
  void aUsedUpDailyLimitIsReportedAsAHoldOfTheConnection() {
    hubSpot.wireMock.stubFor(get(urlPathEqualTo("/crm/v3/owners"))
        .willReturn(aResponse().withStatus(429).withBody(body("error-429-daily.json"))));
    HubSpotClient client = hubSpot.client();
    client.listen(listener);

    catchThrowable(() -> client.send(HubSpotCall.get("/crm/v3/owners", Map.of())));
    catchThrowable(() -> client.send(HubSpotCall.get("/crm/v3/owners", Map.of())));

    assertThat(listener.callsByOutcome()).as("the second call is held, not sent").isEqualTo(served())
        .isEqualTo(Map.of("rate_limited", 1));
    assertThat(listener.waits).containsExactly("daily_limit PT1H");
  }

  @Test
  void pacingUnderTheBurstLimitIsReportedAsWaits() {
    hubSpot.wireMock.stubFor(get(urlPathEqualTo("/crm/v3/owners")).willReturn(okJson("{\"results\":[]}")));
    HubSpotClient client = hubSpot.client(Map.of("burstPer10s", "2"));
    client.listen(listener);

    for (int i = 0; i < 4; i++) {
      client.send(HubSpotCall.get("/crm/v3/owners", Map.of()));
    }

    assertThat(listener.callsByOutcome()).isEqualTo(Map.of("ok", 4));
    assertThat(hubSpot.time.sleeps()).isNotEmpty();
    assertThat(listener.waits).as("each of the client's sleeps was pacing")
        .containsExactlyElementsOf(hubSpot.time.sleeps().stream().map(d -> "pacing " + d).toList());
  }
}
