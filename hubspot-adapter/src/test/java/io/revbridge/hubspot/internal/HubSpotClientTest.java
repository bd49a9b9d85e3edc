package io.revbridge.hubspot.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.revbridge.hubspot.internal.HubSpotTestServer.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.revbridge.spi.ConnectionCrmException;
import io.revbridge.spi.CrmException;
import io.revbridge.spi.RejectedCrmException;
import io.revbridge.spi.RetryableCrmException;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HubSpotClientTest {
  final HubSpotTestServer hubSpot = new HubSpotTestServer();
  static final HubSpotCall OWNERS = HubSpotCall.get("/crm/v3/owners", Map.of("limit", "1"));

  @AfterEach
  void stop() {
    hubSpot.close();
  }

  void stubOwnersFailingOnceWith(int status, String bodyFile, String header, String value) {
    hubSpot.wireMock.stubFor(get(urlPathEqualTo("/crm/v3/owners")).inScenario("once").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(status).withHeader(header, value)
            .withHeader("Content-Type", "application/json").withBody(body(bodyFile)))
        .willSetStateTo("recovered"));
    hubSpot.wireMock.stubFor(get(urlPathEqualTo("/crm/v3/owners")).inScenario("once")
        .whenScenarioStateIs("recovered").willReturn(okJson(body("owners-archived.json"))));
  }

  @Test
  void callsCarryTheBearerToken() {
    hubSpot.wireMock.stubFor(get(urlPathEqualTo("/crm/v3/owners")).willReturn(okJson("{\"results\":[]}")));

    hubSpot.client().send(OWNERS);

    hubSpot.wireMock.verify(getRequestedFor(urlPathEqualTo("/crm/v3/owners"))
        .withHeader("Authorization", equalTo("Bearer " + HubSpotTestServer.TOKEN_TEXT))
        .withQueryParam("limit", equalTo("1")));
  }

  @Test
  void rateLimitedCallIsRetriedAfterTheWindow() {
    stubOwnersFailingOnceWith(429, "error-429-ten-secondly.json", "X-HubSpot-RateLimit-Interval-Milliseconds", "10000");

    HubSpotResponse response = hubSpot.client().send(OWNERS);

    assertThat(response.body().path("results")).hasSize(1);
    assertThat(hubSpot.wireMock.getAllServeEvents()).hasSize(2);
    assertThat(hubSpot.time.sleeps()).containsExactly(Duration.ofSeconds(10));
  }

  @Test
  void retryAfterHeaderWinsOverThePolicyDefault() {
    stubOwnersFailingOnceWith(429, "error-429-ten-secondly.json", "Retry-After", "3");

    hubSpot.client().send(OWNERS);

    assertThat(hubSpot.time.sleeps()).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void searchSecondlyLimitIsRetriedAfterOneSecond() {
    hubSpot.wireMock.stubFor(post(urlPathEqualTo("/crm/v3/objects/contacts/search")).inScenario("s")
        .whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(429).withBody(body("error-429-secondly.json")))
        .willSetStateTo("ok"));
    hubSpot.wireMock.stubFor(post(urlPathEqualTo("/crm/v3/objects/contacts/search")).inScenario("s")
        .whenScenarioStateIs("ok").willReturn(okJson(body("search-contacts-page.json"))));

    hubSpot.client().send(HubSpotCall.post("/crm/v3/objects/contacts/search", HubSpotJson.object(),
        HubSpotCall.Repeat.SAFE));

    assertThat(hubSpot.time.sleeps()).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void dailyLimitIsHandedToTheEngineInsteadOfBeingWaitedOut() {
    hubSpot.wireMock.stubFor(get(urlPathEqualTo("/crm/v3/owners"))
        .willReturn(aResponse().withStatus(429).withBody(body("error-429-daily.json"))));

    RetryableCrmException e = catchThrowableOfType(RetryableCrmException.class, () -> hubSpot.client().send(OWNERS));

    assertThat(e.code()).isEqualTo("DAILY");
    assertThat(e.retryAfter()).contains(Duration.ofHours(1));
    assertThat(e.getMessage()).contains("daily API limit").contains("midnight");
    assertThat(hubSpot.wireMock.getAllServeEvents()).hasSize(1);
    assertThat(hubSpot.time.sleeps()).isEmpty();
  }

  @Test
  void serverErrorsAreRetriedWithExponentialBackoffUpToMaxRetries() {
    hubSpot.wireMock.stubFor(get(urlPathEqualTo("/crm/v3/owners"))
        .willReturn(aResponse().withStatus(503).withBody(body("error-503.json"))));

    RetryableCrmException e = catchThrowableOfType(RetryableCrmException.class,
        () -> hubSpot.client(Map.of("maxRetries", "3")).send(OWNERS));

    assertThat(e.getMessage()).contains("HTTP 503");
    assertThat(hubSpot.wireMock.getAllServeEvents()).hasSize(4);
    assertThat(hubSpot.time.sleeps())
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
  }

  @Test
  void createIsNotRepeatedAfterAServerErrorThatMayHaveCreatedIt() {
    hubSpot.wireMock.stubFor(post(urlPathEqualTo("/crm/v3/objects/tasks/batch/create"))
        .willReturn(aResponse().withStatus(502)));

    catchThrowableOfType(RetryableCrmException.class, () -> hubSpot.client().send(HubSpotCall.post(
        "/crm/v3/objects/tasks/batch/create", HubSpotJson.object(), HubSpotCall.Repeat.UNSENT_ONLY)));

    assertThat(hubSpot.wireMock.getAllServeEvents()).hasSize(1);
  }

  @Test
  void createIsRepeatedAfterARateLimitBecauseHubSpotDidNothing() {
    hubSpot.wireMock.stubFor(post(urlPathEqualTo("/crm/v3/objects/tasks/batch/create")).inScenario("c")
        .whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(429).withBody(body("error-429-ten-secondly.json")))
        .willSetStateTo("ok"));
    hubSpot.wireMock.stubFor(post(urlPathEqualTo("/crm/v3/objects/tasks/batch/create")).inScenario("c")
        .whenScenarioStateIs("ok")
        .willReturn(aResponse().withStatus(201).withBody(body("tasks-batch-create-201.json"))));

    HubSpotResponse response = hubSpot.client().send(HubSpotCall.post(
        "/crm/v3/objects/tasks/batch/create", HubSpotJson.object(), HubSpotCall.Repeat.UNSENT_ONLY));

    assertThat(response.status()).isEqualTo(201);
    hubSpot.wireMock.verify(2, postRequestedFor(urlPathEqualTo("/crm/v3/objects/tasks/batch/create")));
  }

  @Test
  void expiredTokenFailsTheConnectionWithReconnectAdvice() {
    hubSpot.wireMock.stubFor(get(urlPathEqualTo("/crm/v3/owners"))
        .willReturn(aResponse().withStatus(401).withBody(body("error-401-expired.json"))));

    ConnectionCrmException e = catchThrowableOfType(ConnectionCrmException.class, () -> hubSpot.client().send(OWNERS));

    assertThat(e.code()).isEqualTo("EXPIRED_AUTHENTICATION");
    assertThat(e.getMessage())
        .contains("rejected the access token")
        .contains("expired 0 second(s) ago")
        .contains("Private Apps")
        .contains("crm.objects.contacts.read")
        .contains("crm.objects.owners.read");
    assertThat(hubSpot.wireMock.getAllServeEvents()).as("never retried").hasSize(1);
  }

  @Test
  void missingScopeFailsTheConnectionNamingTheScope() {
    hubSpot.wireMock.stubFor(post(urlPathEqualTo("/crm/v3/objects/deals/search"))
        .willReturn(aResponse().withStatus(403).withBody(body("error-403-missing-scopes.json"))));

    ConnectionCrmException e = catchThrowableOfType(ConnectionCrmException.class, () -> hubSpot.client().send(
        HubSpotCall.post("/crm/v3/objects/deals/search", HubSpotJson.object(), HubSpotCall.Repeat.SAFE)));

    assertThat(e.code()).isEqualTo("MISSING_SCOPES");
    assertThat(e.getMessage()).contains("lacks the scope crm.objects.deals.read").contains("Scopes");
  }

  @Test
  void forbiddenWithoutABodyStillNamesTheScopeTheCallNeeds() {
    hubSpot.wireMock.stubFor(post(urlPathEqualTo("/crm/v3/properties/contacts"))
        .willReturn(aResponse().withStatus(403)));

    ConnectionCrmException e = catchThrowableOfType(ConnectionCrmException.class, () -> hubSpot.client().send(
        HubSpotCall.post("/crm/v3/properties/contacts", HubSpotJson.object(), HubSpotCall.Repeat.UNSENT_ONLY)));

    assertThat(e.getMessage()).contains("crm.schemas.contacts.write");
  }

  @Test
  void validationErrorRejectsTheRequestWithHubSpotsWords() {
    hubSpot.wireMock.stubFor(post(urlPathEqualTo("/crm/v3/objects/contacts/batch/update"))
        .willReturn(aResponse().withStatus(400).withBody(body("error-400-invalid-owner.json"))));

    RejectedCrmException e = catchThrowableOfType(RejectedCrmException.class, () -> hubSpot.client().send(
        HubSpotCall.post("/crm/v3/objects/contacts/batch/update", HubSpotJson.object(), HubSpotCall.Repeat.SAFE)));

    assertThat(e.code()).isEqualTo("VALIDATION_ERROR");
    assertThat(e.getMessage()).contains("HTTP 400").contains("not a valid integer");
    assertThat(HubSpotApiError.of(e)).hasValueSatisfying(api -> assertThat(api.status()).isEqualTo(400));
  }

  @Test
  void tokenNeverAppearsInExceptionMessages() {
    String echo = "{\"status\":\"error\",\"category\":\"VALIDATION_ERROR\",\"message\":\"bad header Bearer "
        + HubSpotTestServer.TOKEN_TEXT + "\"}";
    hubSpot.wireMock.stubFor(get(urlPathEqualTo("/crm/v3/owners"))
        .willReturn(aResponse().withStatus(400).withBody(echo)));
    hubSpot.wireMock.stubFor(post(urlPathEqualTo("/crm/v3/objects/contacts/search"))
        .willReturn(aResponse().withStatus(401).withBody(echo.replace("VALIDATION_ERROR", "INVALID_AUTHENTICATION"))));

    HubSpotCall search =
        HubSpotCall.post("/crm/v3/objects/contacts/search", HubSpotJson.object(), HubSpotCall.Repeat.SAFE);
    CrmException rejected = catchThrowableOfType(CrmException.class, () -> hubSpot.client().send(OWNERS));
    CrmException unauthorized = catchThrowableOfType(CrmException.class, () -> hubSpot.client().send(search));

    for (CrmException e : new CrmException[] {rejected, unauthorized}) {
      assertThat(e.getMessage()).contains("bad header Bearer ****");
      for (Throwable t = e; t != null; t = t.getCause()) {
        assertThat(String.valueOf(t.getMessage())).doesNotContain(HubSpotTestServer.TOKEN_TEXT);
        assertThat(t.toString()).doesNotContain(HubSpotTestServer.TOKEN_TEXT);
      }
    }
  }

  @Test
  void unreachableHostIsRetryableAndSaysSo() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    HubSpotClient client = new HubSpotClient("test",
        HubSpotClient.baseUrl("test", "http://127.0.0.1:" + closedPort), Optional.of(HubSpotTestServer.TOKEN),
        HubSpotOptions.parse("test", Map.of("maxRetries", "2")), hubSpot.time.timing());

    RetryableCrmException e = catchThrowableOfType(RetryableCrmException.class, () -> client.send(OWNERS));

    assertThat(e.code()).isEqualTo(HubSpotErrors.UNREACHABLE);
    assertThat(e.getMessage()).contains("Cannot reach HubSpot at 127.0.0.1").contains("baseUrl");
    assertThat(hubSpot.time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void missingTokenFailsTheConnectionBeforeAnyCall() {
    HubSpotClient client = new HubSpotClient("hs", HubSpotClient.baseUrl("hs", hubSpot.baseUrl()),
        Optional.empty(), HubSpotOptions.defaults(), hubSpot.time.timing());

    ConnectionCrmException e = catchThrowableOfType(ConnectionCrmException.class, () -> client.send(OWNERS));

    assertThat(e.code()).isEqualTo("NO_TOKEN");
    assertThat(e.getMessage()).contains("'hs'").contains("accessToken");
    assertThat(hubSpot.wireMock.getAllServeEvents()).isEmpty();
  }

  @Test
  void burstLimitPacesCallsSoNoTenSecondWindowExceedsIt() {
    hubSpot.wireMock.stubFor(get(urlPathEqualTo("/crm/v3/owners")).willReturn(okJson("{\"results\":[]}")));
    HubSpotClient client = hubSpot.client(Map.of("burstPer10s", "3"));

    for (int i = 0; i < 4; i++) {
      client.send(OWNERS);
    }

    // One call per 5 s cycle: calls at 0, 5, 10 and 15 s, so any 10 s window holds at most 3.
    assertThat(hubSpot.time.sleeps()).containsExactly(
        Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5));
  }

  @Test
  void searchesArePacedByTheSearchLimitNotTheBurstLimit() {
    hubSpot.wireMock.stubFor(post(urlPathEqualTo("/crm/v3/objects/contacts/search"))
        .willReturn(okJson(body("search-contacts-page.json"))));
    hubSpot.wireMock.stubFor(get(urlPathEqualTo("/crm/v3/owners")).willReturn(okJson("{\"results\":[]}")));
    HubSpotClient client = hubSpot.client(Map.of("searchPerSecond", "5", "burstPer10s", "100"));
    HubSpotCall search =
        HubSpotCall.post("/crm/v3/objects/contacts/search", HubSpotJson.object(), HubSpotCall.Repeat.SAFE);

    client.send(search);
    client.send(OWNERS);
    client.send(search);

    // 5 per second, spaced 1.06 s / 5 apart: five in a row span 1.06 s, so no second holds a sixth
    assertThat(hubSpot.time.sleeps()).containsExactly(Duration.ofMillis(212));
  }
}
