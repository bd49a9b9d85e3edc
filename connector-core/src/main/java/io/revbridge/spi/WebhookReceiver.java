package io.revbridge.spi;

import java.util.List;

/** Verifies and parses the CRM's webhooks / outbound messages. */
public interface WebhookReceiver {
  WebhookVerdict verify(WebhookRequest request);

  /**
   * Turns a verified request into changes; records are not included (the engine reads current state).
   *
   * @throws IllegalArgumentException when the body is malformed, with a message fit for a 400 answer
   */
  List<Change> parse(WebhookRequest request);
}
