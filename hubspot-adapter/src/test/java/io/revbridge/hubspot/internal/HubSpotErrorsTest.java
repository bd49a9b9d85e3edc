package io.revbridge.hubspot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.spi.ConnectionCrmException;
import io.revbridge.spi.CrmException;
import io.revbridge.spi.RejectedCrmException;
import io.revbridge.spi.RetryableCrmException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The pure mapping from HubSpot's answers to typed exceptions (api-notes §2–3). */
class HubSpotErrorsTest {
  static CrmException map(int status, String body, String retryAfter, String interval) {
    return HubSpotErrors.fromResponse(
        "GET", "/crm/v3/owners", status, retryAfter, interval, HubSpotErrorBody.parse(body), "tok");
  }

  @Test
  void rateLimitBodiesWithCategoryInsteadOfErrorTypeAreUnderstood() {
    CrmException e =
        map(429, "{\"status\":\"error\",\"category\":\"RATE_LIMITS\",\"message\":\"slow down\"}", null, null);

    assertThat(e).isInstanceOf(RetryableCrmException.class);
    assertThat(e.code()).isEqualTo("RATE_LIMITS");
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(10));
  }

  @Test
  void tenSecondlyLimitWaitsTheIntervalHubSpotAnnounces() {
    CrmException e = map(429, HubSpotTestServer.body("error-429-ten-secondly.json"), null, "7000");

    assertThat(e.code()).isEqualTo("TEN_SECONDLY_ROLLING");
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
  }

  @Test
  void rateLimitWithoutABodyStillWaitsTenSeconds() {
    assertThat(map(429, "", null, null).retryAfter()).contains(Duration.ofSeconds(10));
  }

  @Test
  void lockedAfterHeavyUpsertsWaitsTwoSeconds() {
    CrmException e = map(423, "", null, null);

    assertThat(e).isInstanceOf(RetryableCrmException.class);
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(2));
  }

  @Test
  void gatewayHtmlPageBecomesARetryableErrorWithItsStart() {
    CrmException e = map(502, "<html><body>Bad gateway</body></html>", null, null);

    assertThat(e).isInstanceOf(RetryableCrmException.class);
    assertThat(e.code()).isEqualTo("HTTP_502");
    assertThat(e.getMessage()).contains("Bad gateway");
    assertThat(e.retryAfter()).isEmpty();
  }

  @Test
  void unknownTokenIsAConnectionFailure() {
    CrmException e = map(401, HubSpotTestServer.body("error-401-invalid.json"), null, null);

    assertThat(e).isInstanceOf(ConnectionCrmException.class);
    assertThat(e.code()).isEqualTo("INVALID_AUTHENTICATION");
  }

  @Test
  void conflictIsARejection() {
    CrmException e = map(409, HubSpotTestServer.body("error-409-property-exists.json"), null, null);

    assertThat(e).isInstanceOf(RejectedCrmException.class);
    assertThat(e.code()).isEqualTo("CONFLICT");
  }

  @Test
  void readTimeoutIsRetryableAndNamesTheOption() {
    RetryableCrmException e = HubSpotErrors.fromTransport("POST", "api.hubapi.com",
        "/crm/v3/objects/contacts/search", new SocketTimeoutException("timeout"), Duration.ofSeconds(30));

    assertThat(e.code()).isEqualTo(HubSpotErrors.TIMEOUT);
    assertThat(e.getMessage()).contains("within 30 s").contains("timeoutSeconds");
  }

  @Test
  void requiredScopesArePickedFromTheBody() {
    CrmException e = map(403, HubSpotTestServer.body("error-403-missing-scopes.json"), null, null);

    assertThat(e.getMessage()).contains("crm.objects.deals.read").doesNotContain("crm.objects.owners.read");
  }
}
