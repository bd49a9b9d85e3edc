package io.revbridge.hubspot.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.spi.Secret;
import io.revbridge.spi.WebhookRequest;
import io.revbridge.spi.WebhookVerdict;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HubSpotWebhookVerifierTest {
  static final String SECRET = HubSpotSignaturesTest.SECRET;
  static final String URL = HubSpotSignaturesTest.URL;
  static final String BODY = "{\"example_field\":\"example_value\"}";
  static final String TIMESTAMP = "1693657560000";
  static final String V3 = "oaA3M5dEtt6kFsseJD/Hv/x+JNl1vsoxFj4oxmwP6Go=";

  final FakeTime time = new FakeTime(Instant.ofEpochMilli(Long.parseLong(TIMESTAMP)).plusSeconds(60));
  final HubSpotWebhookVerifier verifier =
      new HubSpotWebhookVerifier("hs", Optional.of(Secret.of(SECRET)), time.clock());

  static WebhookRequest request(String url, String body, Map<String, String> headers) {
    Map<String, List<String>> multi = new java.util.HashMap<>();
    headers.forEach((k, v) -> multi.put(k, List.of(v)));
    return new WebhookRequest("POST", url, multi, body.getBytes(UTF_8), Instant.now());
  }

  static WebhookRequest v3(String url, String body, String signature) {
    return request(url, body, Map.of("X-HubSpot-Signature-V3", signature, "X-HubSpot-Request-Timestamp", TIMESTAMP));
  }

  @Test
  void freshV3RequestWithTheRightSignatureIsAccepted() {
    assertThat(verifier.verify(v3(URL, BODY, V3))).isEqualTo(WebhookVerdict.accept());
  }

  @Test
  void v3RequestOlderThanFiveMinutesIsRejectedEvenWithTheRightSignature() {
    time.advance(Duration.ofMinutes(5));

    WebhookVerdict verdict = verifier.verify(v3(URL, BODY, V3));

    assertThat(verdict.accepted()).isFalse();
    assertThat(verdict.status()).isEqualTo(401);
    assertThat(verdict.reason()).contains("360 s away").contains("replayed");
  }

  @Test
  void v3RequestWithATamperedBodyIsRejected() {
    WebhookVerdict verdict = verifier.verify(v3(URL, BODY.replace("value", "valuE"), V3));

    assertThat(verdict.accepted()).isFalse();
    assertThat(verdict.status()).isEqualTo(401);
    assertThat(verdict.reason()).contains("does not match").contains("clientSecret").doesNotContain(SECRET);
  }

  @Test
  void v3RequestSignedForAnotherUrlIsRejected() {
    assertThat(verifier.verify(v3("https://www.example.com/other", BODY, V3)).accepted()).isFalse();
  }

  @Test
  void v3WithoutTimestampIsRejected() {
    WebhookVerdict verdict = verifier.verify(request(URL, BODY, Map.of("X-HubSpot-Signature-v3", V3)));

    assertThat(verdict.status()).isEqualTo(401);
    assertThat(verdict.reason()).contains("X-HubSpot-Request-Timestamp");
  }

  @Test
  void v1SignatureIsAcceptedWhenNoV3HeaderIsPresent() {
    String body = HubSpotSignaturesTest.ROW_1_BODY;
    WebhookRequest request = request(URL, body, Map.of(
        "X-HubSpot-Signature", "232db2615f3d666fe21a8ec971ac7b5402d33b9a925784df3ca654d05f4817de",
        "X-HubSpot-Signature-Version", "v1"));

    assertThat(verifier.verify(request).accepted()).isTrue();
  }

  @Test
  void v2SignatureCoversMethodAndUrl() {
    WebhookRequest signed = request(URL, BODY, Map.of(
        "X-HubSpot-Signature", "9569219f8ba981ffa6f6f16aa0f48637d35d728c7e4d93d0d52efaa512af7900",
        "X-HubSpot-Signature-Version", "v2"));
    WebhookRequest otherUrl = request(URL + "?x=1", BODY, Map.of(
        "X-HubSpot-Signature", "9569219f8ba981ffa6f6f16aa0f48637d35d728c7e4d93d0d52efaa512af7900",
        "X-HubSpot-Signature-Version", "v2"));

    assertThat(verifier.verify(signed).accepted()).isTrue();
    assertThat(verifier.verify(otherUrl).accepted()).isFalse();
  }

  @Test
  void unsignedRequestIsRejected() {
    WebhookVerdict verdict = verifier.verify(request(URL, BODY, Map.of()));

    assertThat(verdict.status()).isEqualTo(401);
    assertThat(verdict.reason()).contains("No HubSpot signature");
  }

  @Test
  void withoutAClientSecretEveryRequestIsRejectedWithAdviceToSetIt() {
    HubSpotWebhookVerifier unconfigured = new HubSpotWebhookVerifier("hs", Optional.empty(), time.clock());

    WebhookVerdict verdict = unconfigured.verify(v3(URL, BODY, V3));

    assertThat(verdict.accepted()).isFalse();
    assertThat(verdict.status()).isEqualTo(401);
    assertThat(verdict.reason()).contains("'hs'").contains("clientSecret");
  }
}
