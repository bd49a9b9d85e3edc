package io.revbridge.notify;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;

/** A generic JSON webhook: the notification as it is ({@code kind}, {@code record}, {@code title}, {@code text}, {@code fields}). */
public final class WebhookChannel implements NotificationChannel {
  private final HttpClient http;
  private final URI url;

  public WebhookChannel(HttpClient http, URI url) {
    this.http = http;
    this.url = url;
  }

  @Override
  public String name() {
    return "webhook";
  }

  @Override
  public void send(Notification n) throws ChannelException {
    // the documented body only: the SMS recipient is for the SMS channel, not for every webhook listener
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("kind", n.kind());
    body.put("record", n.record());
    body.put("title", n.title());
    body.put("text", n.text());
    body.put("fields", n.fields());
    JsonPost.post(http, url, name(), JsonPost.json(body));
  }
}
