package io.revbridge.hubspot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.revbridge.hubspot.internal.HubSpotTestServer.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.revbridge.hubspot.internal.HubSpotTestServer;
import io.revbridge.spi.ConnectionCrmException;
import io.revbridge.spi.ConnectionSettings;
import io.revbridge.spi.OAuthCredentials;
import io.revbridge.spi.Secret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HubSpotOAuthTest {
  static final String CLIENT_SECRET = "client-secret-7d1e";
  static final String REFRESH = "refresh-na1-0a1b2c3d";

  final HubSpotTestServer hubSpot = new HubSpotTestServer();
  final HubSpotAdapter adapter = new HubSpotAdapter(hubSpot.time.timing());
  @TempDir Path dir;

  @AfterEach
  void stop() {
    hubSpot.close();
  }

  HubSpotConnection open() {
    return adapter.open(new ConnectionSettings("hs", "hubspot", Optional.of(hubSpot.baseUrl()), Optional.empty(),
        Optional.empty(), List.of("contacts"), Map.of("oauthTokenFile", tokenFile().toString(), "maxRetries", "0"),
        Optional.of(new OAuthCredentials("app-1", Secret.of(CLIENT_SECRET), Secret.of(REFRESH)))));
  }

  Path tokenFile() {
    return dir.resolve("hs-oauth.json");
  }

  void grantReturns(String state, String next, String access, String refresh) {
    hubSpot.wireMock.stubFor(post(urlPathEqualTo("/oauth/v1/token")).inScenario("grants")
        .whenScenarioStateIs(state).willSetStateTo(next)
        .willReturn(okJson("{\"token_type\":\"bearer\",\"refresh_token\":\"" + refresh + "\",\"access_token\":\""
            + access + "\",\"expires_in\":1800}")));
  }

  void ownersAcceptOnly(String access) {
    hubSpot.wireMock.stubFor(get(urlPathEqualTo("/crm/v3/owners"))
        .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
            .withBody(body("error-401-expired.json"))));
    hubSpot.wireMock.stubFor(get(urlPathEqualTo("/crm/v3/owners")).withHeader("Authorization", equalTo("Bearer " + access))
        .willReturn(okJson(body("owners-archived.json"))));
  }

  int grants() {
    return hubSpot.wireMock.findAll(postRequestedFor(urlPathEqualTo("/oauth/v1/token"))).size();
  }

  @Test
  void firstCallGetsAnAccessTokenWithTheRefreshGrant() {
    grantReturns(Scenario.STARTED, "one", "access-1", REFRESH);
    ownersAcceptOnly("access-1");
    try (HubSpotConnection connection = open()) {
      assertThat(connection.owners().owners()).hasSize(1);
    }

    hubSpot.wireMock.verify(postRequestedFor(urlPathEqualTo("/oauth/v1/token"))
        .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
        .withRequestBody(equalTo("grant_type=refresh_token&client_id=app-1&client_secret=" + CLIENT_SECRET
            + "&refresh_token=" + REFRESH)));
  }

  @Test
  void accessTokenIsRefreshedBeforeItExpires() {
    grantReturns(Scenario.STARTED, "one", "access-1", REFRESH);
    grantReturns("one", "two", "access-2", REFRESH);
    try (HubSpotConnection connection = open()) {
      ownersAcceptOnly("access-1");
      connection.owners().owners();
      hubSpot.time.advance(Duration.ofMinutes(20));
      connection.owners().owners();
      assertThat(grants()).isEqualTo(1);

      hubSpot.time.advance(Duration.ofMinutes(6)); // 26 min: inside the 5 minutes before expiry
      ownersAcceptOnly("access-2");
      assertThat(connection.owners().owners()).hasSize(1);
      assertThat(grants()).isEqualTo(2);
    }
  }

  @Test
  void expiredTokenIsRefreshedOnceAfterA401() {
    grantReturns(Scenario.STARTED, "one", "access-1", REFRESH);
    grantReturns("one", "two", "access-2", REFRESH);
    ownersAcceptOnly("access-2");
    try (HubSpotConnection connection = open()) {
      assertThat(connection.owners().owners()).hasSize(1);
    }
    assertThat(grants()).isEqualTo(2);
  }

  @Test
  void aSecond401AfterRefreshFailsTheConnectionWithReconnect() {
    grantReturns(Scenario.STARTED, "one", "access-1", REFRESH);
    grantReturns("one", "two", "access-2", REFRESH);
    ownersAcceptOnly("never-issued");
    try (HubSpotConnection connection = open()) {
      assertThatThrownBy(() -> connection.owners().owners())
          .isInstanceOfSatisfying(ConnectionCrmException.class, e -> assertThat(e.code()).isEqualTo("RECONNECT"))
          .hasMessageContaining("Reconnect: install the app")
          .hasMessageNotContaining("access-1").hasMessageNotContaining("access-2")
          .hasMessageNotContaining(REFRESH).hasMessageNotContaining(CLIENT_SECRET);
    }
    assertThat(grants()).isEqualTo(2);
  }

  @Test
  void aRevokedRefreshTokenSaysToReconnect() {
    hubSpot.wireMock.stubFor(post(urlPathEqualTo("/oauth/v1/token")).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"status\":\"BAD_REFRESH_TOKEN\",\"message\":\"missing or unknown refresh token\"}")));
    try (HubSpotConnection connection = open()) {
      assertThatThrownBy(() -> connection.owners().owners())
          .isInstanceOfSatisfying(ConnectionCrmException.class, e -> assertThat(e.code()).isEqualTo("RECONNECT"))
          .hasMessageContaining("BAD_REFRESH_TOKEN")
          .hasMessageContaining("set oauth.refreshToken to the new refresh token")
          .hasMessageNotContaining(REFRESH);
    }
  }

  @Test
  void aRotatedRefreshTokenIsSavedAndUsedAfterARestart() throws Exception {
    grantReturns(Scenario.STARTED, "one", "access-1", "refresh-rotated-2");
    grantReturns("one", "two", "access-2", "refresh-rotated-2");
    ownersAcceptOnly("access-1");
    try (HubSpotConnection connection = open()) {
      connection.owners().owners();
    }
    assertThat(Files.readString(tokenFile())).contains("refresh-rotated-2").doesNotContain(REFRESH);

    ownersAcceptOnly("access-2");
    try (HubSpotConnection restarted = open()) {
      restarted.owners().owners();
    }
    hubSpot.wireMock.verify(postRequestedFor(urlPathEqualTo("/oauth/v1/token"))
        .withRequestBody(containing("refresh_token=refresh-rotated-2")));
  }
}
