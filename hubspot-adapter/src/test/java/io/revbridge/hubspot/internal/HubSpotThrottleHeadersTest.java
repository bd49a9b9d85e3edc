package io.revbridge.hubspot.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HubSpotThrottleHeadersTest {
  static final HubSpotCall OWNERS = HubSpotCall.get("/crm/v3/owners", Map.of());

  final HubSpotTestServer hubSpot = new HubSpotTestServer();

  @AfterEach
  void stop() {
    hubSpot.close();
  }

  void ownersAnswerWithLimit(String max) {
    hubSpot.wireMock.stubFor(get(urlPathEqualTo("/crm/v3/owners")).willReturn(okJson("{\"results\":[]}")
        .withHeader("X-HubSpot-RateLimit-Max", max).withHeader("X-HubSpot-RateLimit-Remaining", "5")
        .withHeader("X-HubSpot-RateLimit-Interval-Milliseconds", "10000")));
  }

  @Test
  void aLowerLimitStatedByHubSpotSlowsThePaceAtOnce() {
    ownersAnswerWithLimit("10");
    try (HubSpotClient client = hubSpot.client()) {
      client.send(OWNERS);
      client.send(OWNERS);
      client.send(OWNERS);

      assertThat(client.burstLimit()).isEqualTo("10/10000");
      // 10 calls per rolling 10 s are paced one every 10 s / 9; the default 100 would wait 10 s / 99.
      assertThat(hubSpot.time.sleeps()).isNotEmpty().allSatisfy(d -> assertThat(d).isGreaterThan(Duration.ofSeconds(1)));
    }
  }

  @Test
  void theDefaultFollowsAHigherTierButAnExplicitOptionCapsIt() {
    ownersAnswerWithLimit("190");
    try (HubSpotClient byDefault = hubSpot.client(); HubSpotClient capped = hubSpot.client(Map.of("burstPer10s", "50"))) {
      byDefault.send(OWNERS);
      capped.send(OWNERS);

      assertThat(byDefault.burstLimit()).isEqualTo("190/10000");
      assertThat(capped.burstLimit()).isEqualTo("50/10000");
    }
  }

  @Test
  void responsesWithoutTheHeadersLeaveTheLimitAlone() {
    hubSpot.wireMock.stubFor(get(urlPathEqualTo("/crm/v3/owners")).willReturn(okJson("{\"results\":[]}")));
    try (HubSpotClient client = hubSpot.client()) {
      client.send(OWNERS);

      assertThat(client.burstLimit()).isEqualTo("100/10000");
    }
  }
}
