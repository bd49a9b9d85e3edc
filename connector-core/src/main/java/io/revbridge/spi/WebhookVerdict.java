package io.revbridge.spi;

/**
 * Whether a webhook may be trusted. {@code status} is the HTTP status to answer a rejected request with
 * (401 bad or missing signature, 400 malformed), and {@code reason} says why without echoing secrets.
 */
public record WebhookVerdict(boolean accepted, int status, String reason) {
  public static WebhookVerdict accept() {
    return new WebhookVerdict(true, 200, "ok");
  }

  public static WebhookVerdict reject(int status, String reason) {
    return new WebhookVerdict(false, status, reason);
  }
}
