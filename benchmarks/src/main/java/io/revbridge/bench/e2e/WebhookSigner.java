package io.revbridge.bench.e2e;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HubSpot's v3 webhook signature, computed here from HubSpot's documented algorithm rather than with the
 * adapter's verifier, so a benchmark event is signed the way HubSpot signs it:
 * {@code base64(HMAC-SHA256(clientSecret, method + url + body + timestamp))}.
 */
final class WebhookSigner {
  private final byte[] secret;

  WebhookSigner(String clientSecret) {
    this.secret = clientSecret.getBytes(StandardCharsets.UTF_8);
  }

  /** The two headers HubSpot sends with a v3-signed POST. */
  Map<String, String> headers(String url, String body, long timestampMillis) {
    String timestamp = Long.toString(timestampMillis);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      byte[] digest = mac.doFinal(("POST" + url + body + timestamp).getBytes(StandardCharsets.UTF_8));
      return Map.of("X-HubSpot-Signature-v3", Base64.getEncoder().encodeToString(digest),
          "X-HubSpot-Request-Timestamp", timestamp);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }
}
