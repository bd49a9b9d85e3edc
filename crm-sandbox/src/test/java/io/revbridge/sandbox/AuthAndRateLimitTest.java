package io.revbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuthAndRateLimitTest {
  private final FakeClock clock = new FakeClock(Instant.parse("2026-03-01T12:00:00Z"));

  @Test
  void aCallWithoutTheTokenIs401WithHubSpotsBody() {
    try (HubSpotSandbox sandbox = HubSpotSandbox.start(SandboxOptions.defaults().withContacts(10))) {
      SandboxHttp http = new SandboxHttp(sandbox);

      SandboxHttp.Resp none = http.withToken(null).get("/crm/v3/objects/contacts");
      SandboxHttp.Resp wrong = http.withToken("pat-na1-wrong").get("/crm/v3/objects/contacts");

      assertThat(none.status()).isEqualTo(401);
      assertThat(none.body().get("category").asText()).isEqualTo("INVALID_AUTHENTICATION");
      assertThat(none.body().get("message").asText()).startsWith("Authentication credentials not found.");
      assertThat(none.body().get("correlationId").asText()).isNotBlank();
      assertThat(wrong.status()).isEqualTo(401);
      assertThat(http.get("/crm/v3/objects/contacts").status()).isEqualTo(200);
    }
  }

  @Test
  void aDailyLimitIsCountedInHeadersAndOnceSpentRefusesWithTheDailyPolicyUntilReset() {
    try (HubSpotSandbox sandbox = HubSpotSandbox.start(SandboxOptions.defaults().unlimited().withContacts(10))) {
      SandboxHttp http = new SandboxHttp(sandbox);
      assertThat(http.get("/crm/v3/owners").header("X-HubSpot-RateLimit-Daily")).isNull();
      sandbox.dailyLimit(3);

      SandboxHttp.Resp first = http.get("/crm/v3/owners");
      SandboxHttp.Resp search = http.search("contacts", "{\"limit\":1}");
      http.get("/crm/v3/owners");
      SandboxHttp.Resp refused = http.get("/crm/v3/owners");

      assertThat(first.header("X-HubSpot-RateLimit-Daily")).isEqualTo("3");
      assertThat(first.header("X-HubSpot-RateLimit-Daily-Remaining")).isEqualTo("2");
      assertThat(search.status()).isEqualTo(200);
      assertThat(search.header("X-HubSpot-RateLimit-Daily")).isNull(); // searches count but carry no headers
      assertThat(refused.status()).isEqualTo(429);
      assertThat(refused.body().get("policyName").asText()).isEqualTo("DAILY");
      assertThat(refused.body().get("message").asText()).isEqualTo("You have reached your daily limit.");
      sandbox.resetDailyLimit();
      assertThat(http.get("/crm/v3/owners").status()).isEqualTo(200);
    }
  }

  @Test
  void theBurstWindowRefusesWith429UntilItRollsOn() {
    SandboxOptions options = SandboxOptions.defaults().withContacts(10).withBurstPer10s(3).withClock(clock);
    try (HubSpotSandbox sandbox = HubSpotSandbox.start(options)) {
      SandboxHttp http = new SandboxHttp(sandbox);
      SandboxHttp.Resp first = http.get("/crm/v3/owners");
      http.get("/crm/v3/owners");
      http.get("/crm/v3/owners");

      SandboxHttp.Resp limited = http.get("/crm/v3/objects/contacts");

      assertThat(first.header("X-HubSpot-RateLimit-Max")).isEqualTo("3");
      assertThat(first.header("X-HubSpot-RateLimit-Remaining")).isEqualTo("2");
      assertThat(first.header("X-HubSpot-RateLimit-Interval-Milliseconds")).isEqualTo("10000");
      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.body().get("errorType").asText()).isEqualTo("RATE_LIMIT");
      assertThat(limited.body().get("policyName").asText()).isEqualTo("TEN_SECONDLY_ROLLING");
      assertThat(limited.body().get("message").asText()).isEqualTo("You have reached your ten_secondly_rolling limit.");
      assertThat(limited.header("X-HubSpot-RateLimit-Remaining")).isEqualTo("0");
      assertThat(sandbox.stats().tooManyRequests()).isEqualTo(1);
      assertThat(sandbox.stats().burstLimited()).isEqualTo(1);
      assertThat(sandbox.stats().burstPer10s()).isEqualTo(3);

      clock.advance(Duration.ofMillis(9_999));
      assertThat(http.get("/crm/v3/owners").status()).isEqualTo(429);
      clock.advance(Duration.ofMillis(1));
      assertThat(http.get("/crm/v3/owners").status()).isEqualTo(200);
      assertThat(sandbox.stats().tooManyRequests()).isEqualTo(2);
    }
  }

  @Test
  void refusedCallsDoNotUseUpTheWindow() {
    SandboxOptions options = SandboxOptions.defaults().withContacts(10).withBurstPer10s(2).withClock(clock);
    try (HubSpotSandbox sandbox = HubSpotSandbox.start(options)) {
      SandboxHttp http = new SandboxHttp(sandbox);
      http.get("/crm/v3/owners");
      clock.advance(Duration.ofSeconds(5));
      http.get("/crm/v3/owners");
      for (int i = 0; i < 5; i++) {
        assertThat(http.get("/crm/v3/owners").status()).isEqualTo(429);
      }

      clock.advance(Duration.ofSeconds(5));

      assertThat(http.get("/crm/v3/owners").status()).isEqualTo(200);
    }
  }

  @Test
  void searchHasItsOwnPerSecondLimitWithoutRateLimitHeaders() {
    SandboxOptions options = SandboxOptions.defaults().withContacts(10).withSearchPerSecond(2).withBurstPer10s(1)
        .withClock(clock);
    try (HubSpotSandbox sandbox = HubSpotSandbox.start(options)) {
      SandboxHttp http = new SandboxHttp(sandbox);
      SandboxHttp.Resp first = http.search("contacts", "{}");
      http.search("contacts", "{}");

      SandboxHttp.Resp limited = http.search("contacts", "{}");

      assertThat(first.status()).isEqualTo(200);
      assertThat(first.header("X-HubSpot-RateLimit-Max")).isNull();
      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.body().get("message").asText()).isEqualTo("You have reached your secondly limit.");
      assertThat(limited.body().get("errorType").asText()).isEqualTo("RATE_LIMIT");
      assertThat(limited.body().has("policyName")).isFalse();
      assertThat(http.get("/crm/v3/owners").status()).as("search does not use the burst budget").isEqualTo(200);
      assertThat(sandbox.stats().searchLimited()).isEqualTo(1);
      clock.advance(Duration.ofSeconds(1));
      assertThat(http.search("contacts", "{}").status()).isEqualTo(200);
    }
  }
}
