package io.revbridge.notify;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;

/** A Slack incoming webhook: the message as {@code text} in Slack's mrkdwn. */
public final class SlackChannel implements NotificationChannel {
  private final HttpClient http;
  private final URI url;

  public SlackChannel(HttpClient http, URI url) {
    this.http = http;
    this.url = url;
  }

  @Override
  public String name() {
    return "slack";
  }

  @Override
  public void send(Notification n) throws ChannelException {
    StringBuilder text = new StringBuilder("*").append(n.title()).append("*\n").append(n.text());
    n.fields().forEach((k, v) -> text.append("\n• ").append(k).append(": ").append(v));
    JsonPost.post(http, url, name(), JsonPost.json(Map.of("text", text.toString())));
  }
}
