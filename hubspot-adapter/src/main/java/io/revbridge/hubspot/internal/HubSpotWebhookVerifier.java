package io.revbridge.hubspot.internal;

import io.revbridge.spi.Secret;
import io.revbridge.spi.WebhookRequest;
import io.revbridge.spi.WebhookVerdict;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a webhook really comes from HubSpot (api-notes §7). v3 ({@code X-HubSpot-Signature-v3}
 * with {@code X-HubSpot-Request-Timestamp}) is used whenever present, since only it covers a timestamp:
 * requests more than 5 minutes off this server's clock are refused as possible replays. Otherwise v1 or v2
 * by {@code X-HubSpot-Signature-Version} (v1 when absent). The key is the app's client secret. Reasons
 * never contain the secret or the expected signature. Thread-safe.
 */
public final class HubSpotWebhookVerifier {
  static final Duration MAX_SKEW = Duration.ofMinutes(5);

  private final String connection;
  private final Optional<Secret> clientSecret;
  private final Clock clock;

  public HubSpotWebhookVerifier(String connection, Optional<Secret> clientSecret, Clock clock) {
    this.connection = connection;
    this.clientSecret = clientSecret;
    this.clock = clock;
  }

  public WebhookVerdict verify(WebhookRequest request) {
    if (clientSecret.isEmpty()) {
      return WebhookVerdict.reject(401, "Connection '" + connection + "' cannot verify HubSpot webhooks:"
          + " set its clientSecret to the HubSpot app's client secret (developer account > app > Auth).");
    }
    String secret = clientSecret.get().reveal();
    Optional<String> v3 = request.header("X-HubSpot-Signature-v3");
    if (v3.isPresent()) {
      return verifyV3(request, secret, v3.get());
    }
    Optional<String> signature = request.header("X-HubSpot-Signature");
    if (signature.isEmpty()) {
      return WebhookVerdict.reject(401, "No HubSpot signature: expected X-HubSpot-Signature-v3 or"
          + " X-HubSpot-Signature.");
    }
    String version = request.header("X-HubSpot-Signature-Version").orElse("v1").toLowerCase(Locale.ROOT);
    String expected = switch (version) {
      case "v1" -> HubSpotSignatures.v1(secret, request.body());
      case "v2" -> HubSpotSignatures.v2(secret, request.method(), request.url(), request.body());
      default -> null;
    };
    if (expected == null) {
      return WebhookVerdict.reject(401, "Unsupported X-HubSpot-Signature-Version '" + version
          + "'; expected v1, v2 or a v3 signature.");
    }
    return HubSpotSignatures.same(expected, signature.get().toLowerCase(Locale.ROOT))
        ? WebhookVerdict.accept()
        : mismatch("X-HubSpot-Signature (" + version + ")", request);
  }

  private WebhookVerdict verifyV3(WebhookRequest request, String secret, String signature) {
    Optional<String> timestamp = request.header("X-HubSpot-Request-Timestamp");
    if (timestamp.isEmpty()) {
      return WebhookVerdict.reject(401, "X-HubSpot-Signature-v3 came without X-HubSpot-Request-Timestamp.");
    }
    long sentAt;
    try {
      sentAt = Long.parseLong(timestamp.get().trim());
    } catch (NumberFormatException e) {
      return WebhookVerdict.reject(401, "X-HubSpot-Request-Timestamp is not epoch milliseconds.");
    }
    long skewMillis = Math.abs(clock.millis() - sentAt);
    if (skewMillis > MAX_SKEW.toMillis()) {
      return WebhookVerdict.reject(401, "HubSpot request timestamp is " + skewMillis / 1000 + " s away from"
          + " this server's clock (limit " + MAX_SKEW.toSeconds() + " s): a replayed request, or this"
          + " server's clock is wrong.");
    }
    String expected =
        HubSpotSignatures.v3(secret, request.method(), request.url(), request.body(), timestamp.get());
    return HubSpotSignatures.same(expected, signature.trim())
        ? WebhookVerdict.accept()
        : mismatch("X-HubSpot-Signature-v3", request);
  }

  private WebhookVerdict mismatch(String header, WebhookRequest request) {
    return WebhookVerdict.reject(401, header + " does not match. Check that clientSecret is this HubSpot"
        + " app's client secret and that " + request.url() + " is the exact public URL HubSpot calls"
        + " (behind a proxy, the outside URL).");
  }
}
