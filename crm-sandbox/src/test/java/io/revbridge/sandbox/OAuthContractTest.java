package io.revbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OAuthContractTest {
  private final FakeClock clock = new FakeClock(Instant.parse("2026-03-10T23:00:00Z"));

  private static String grant(String refresh) {
    return "grant_type=refresh_token&client_id=app-1&client_secret=s3cret&refresh_token=" + refresh;
  }

  @Test
  void aRefreshGrantGivesAnAccessTokenThatExpiresWithHubSpotsBody() {
    try (HubSpotSandbox sandbox = HubSpotSandbox.start(SandboxOptions.defaults().withContacts(5).withClock(clock))) {
      sandbox.enableOAuth("app-1", "s3cret", "refresh-1", Duration.ofMinutes(30), false);
      SandboxHttp http = new SandboxHttp(sandbox);

      SandboxHttp.Resp token = http.withToken(null).post("/oauth/v1/token", grant("refresh-1"));
      String access = token.body().get("access_token").asText();
      SandboxHttp.Resp fresh = http.withToken(access).get("/crm/v3/owners");
      clock.advance(Duration.ofMinutes(30).plusSeconds(7));
      SandboxHttp.Resp expired = http.withToken(access).get("/crm/v3/owners");

      assertThat(token.status()).isEqualTo(200);
      assertThat(token.body().get("expires_in").asLong()).isEqualTo(1800);
      assertThat(token.body().get("refresh_token").asText()).isEqualTo("refresh-1");
      assertThat(token.body().get("token_type").asText()).isEqualTo("bearer");
      assertThat(fresh.status()).isEqualTo(200);
      assertThat(expired.status()).isEqualTo(401);
      assertThat(expired.body().get("category").asText()).isEqualTo("EXPIRED_AUTHENTICATION");
      assertThat(expired.body().get("message").asText())
          .isEqualTo("The OAuth token used to make this call expired 7 second(s) ago.");
      assertThat(expired.body().path("context").path("expire time").get(0).asText())
          .isEqualTo("2026-03-10T23:30:00.000Z");
    }
  }

  @Test
  void aRotatingGrantReplacesTheRefreshTokenAndTheOldOneIsRefused() {
    try (HubSpotSandbox sandbox = HubSpotSandbox.start(SandboxOptions.defaults().withContacts(5).withClock(clock))) {
      sandbox.enableOAuth("app-1", "s3cret", "refresh-1", Duration.ofMinutes(30), true);
      SandboxHttp http = new SandboxHttp(sandbox).withToken(null);

      SandboxHttp.Resp first = http.post("/oauth/v1/token", grant("refresh-1"));
      SandboxHttp.Resp again = http.post("/oauth/v1/token", grant("refresh-1"));

      String rotated = first.body().get("refresh_token").asText();
      assertThat(rotated).isNotEqualTo("refresh-1").isEqualTo(sandbox.oauth().refreshToken());
      assertThat(again.status()).isEqualTo(400);
      assertThat(again.body().get("status").asText()).isEqualTo("BAD_REFRESH_TOKEN");
      assertThat(http.post("/oauth/v1/token", grant(rotated)).status()).isEqualTo(200);
    }
  }

  @Test
  void aWrongClientSecretIsRefused() {
    try (HubSpotSandbox sandbox = HubSpotSandbox.start(SandboxOptions.defaults().withContacts(5))) {
      sandbox.enableOAuth("app-1", "other", "refresh-1", Duration.ofMinutes(30), false);

      SandboxHttp.Resp r = new SandboxHttp(sandbox).withToken(null).post("/oauth/v1/token", grant("refresh-1"));

      assertThat(r.status()).isEqualTo(400);
      assertThat(r.body().get("status").asText()).isEqualTo("BAD_CLIENT_SECRET");
      assertThat(sandbox.oauth().grants()).isZero();
    }
  }
}
