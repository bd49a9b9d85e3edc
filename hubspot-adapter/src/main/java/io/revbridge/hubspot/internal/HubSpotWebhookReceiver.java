package io.revbridge.hubspot.internal;

import io.revbridge.spi.Change;
import io.revbridge.spi.WebhookReceiver;
import io.revbridge.spi.WebhookRequest;
import io.revbridge.spi.WebhookVerdict;
import java.util.List;

/** HubSpot webhooks: {@link HubSpotWebhookVerifier} then {@link HubSpotWebhookParser}. Thread-safe. */
public final class HubSpotWebhookReceiver implements WebhookReceiver {
  private final HubSpotWebhookVerifier verifier;
  private final HubSpotWebhookParser parser;

  public HubSpotWebhookReceiver(HubSpotWebhookVerifier verifier, HubSpotWebhookParser parser) {
    this.verifier = verifier;
    this.parser = parser;
  }

  @Override
  public WebhookVerdict verify(WebhookRequest request) {
    return verifier.verify(request);
  }

  @Override
  public List<Change> parse(WebhookRequest request) {
    return parser.parse(request);
  }
}
