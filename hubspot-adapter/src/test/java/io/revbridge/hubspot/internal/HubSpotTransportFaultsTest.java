package io.revbridge.hubspot.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.revbridge.hubspot.internal.HubSpotTestServer.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.revbridge.spi.RetryableCrmException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What reaches the caller when the connection to HubSpot is slow, reset or answers garbage (WireMock faults). */
class HubSpotTransportFaultsTest {
  static final HubSpotCall OWNERS = HubSpotCall.get("/crm/v3/owners", Map.of("limit", "100"));

  final HubSpotTestServer hubSpot = new HubSpotTestServer();

  @AfterEach
  void stop() {
    hubSpot.close();
  }

  /** The first call gets {@code first}, every later one HubSpot's real owners page. */
  void ownersFailOnceWith(ResponseDefinitionBuilder first) {
    hubSpot.wireMock.stubFor(get(urlPathEqualTo("/crm/v3/owners")).inScenario("fault").whenScenarioStateIs(STARTED)
        .willSetStateTo("recovered").willReturn(first));
    hubSpot.wireMock.stubFor(get(urlPathEqualTo("/crm/v3/owners")).inScenario("fault")
        .whenScenarioStateIs("recovered").willReturn(okJson(body("owners-archived.json"))));
  }

  @Test
  void aResetConnectionIsRetriedAndTheCallSucceeds() {
    ownersFailOnceWith(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

    HubSpotResponse response = hubSpot.client().send(OWNERS);

    assertThat(response.body().path("results").size()).isPositive();
    assertThat(hubSpot.wireMock.getAllServeEvents()).hasSize(2);
  }

  @Test
  void anAnswerSlowerThanTheTimeoutIsRetriedAndTheCallSucceeds() {
    ownersFailOnceWith(okJson(body("owners-archived.json")).withFixedDelay(3_000));

    HubSpotResponse response = hubSpot.client(Map.of("timeoutSeconds", "1")).send(OWNERS);

    assertThat(response.body().path("results").size()).isPositive();
    assertThat(hubSpot.wireMock.getAllServeEvents()).hasSize(2);
  }

  @Test
  void aConnectionThatKeepsTimingOutFailsRetryablyNamingTheOption() {
    hubSpot.wireMock.stubFor(get(urlPathEqualTo("/crm/v3/owners"))
        .willReturn(okJson("{\"results\":[]}").withFixedDelay(3_000)));

    RetryableCrmException e = catchThrowableOfType(RetryableCrmException.class,
        () -> hubSpot.client(Map.of("timeoutSeconds", "1", "maxRetries", "1")).send(OWNERS));

    assertThat(e.code()).as(e.getMessage()).isEqualTo(HubSpotErrors.TIMEOUT);
    assertThat(e.getMessage()).contains("timeoutSeconds");
  }

  @Test
  void aConnectionClosedMidBodyIsARetryableTransportFailure() {
    hubSpot.wireMock.stubFor(get(urlPathEqualTo("/crm/v3/owners"))
        .willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));

    RetryableCrmException e = catchThrowableOfType(RetryableCrmException.class,
        () -> hubSpot.clientWithoutRetries().send(OWNERS));

    assertThat(e.code()).isEqualTo(HubSpotErrors.TRANSPORT);
    assertThat(e.getMessage()).contains("/crm/v3/owners");
  }

  @Test
  void aResetOnEveryAttemptGivesUpAfterMaxRetries() {
    hubSpot.wireMock.stubFor(get(urlPathEqualTo("/crm/v3/owners"))
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    catchThrowableOfType(RetryableCrmException.class, () -> hubSpot.client(Map.of("maxRetries", "2")).send(OWNERS));

    assertThat(hubSpot.wireMock.getAllServeEvents()).hasSize(3);
  }
}
