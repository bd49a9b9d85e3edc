package io.revbridge.notify;

import java.net.URI;
import java.net.http.HttpClient;

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
    JsonPost.post(http, url, name(), JsonPost.json(n));
  }
}
