package io.revbridge.notify;

import io.revbridge.spi.Secret;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Texts a notification to the phone it names ({@link Notification#smsTo()}) through a Twilio-compatible API:
 * {@code POST <base>/2010-04-01/Accounts/<sid>/Messages.json}, form-encoded {@code To}, {@code From}, {@code Body},
 * basic auth with the account SID and auth token. A notification without a phone number needs no text and counts
 * as delivered. 429 and 5xx are retried by the sender like every channel; other 4xx (a wrong number, a blocked
 * recipient, bad credentials) are not. Messages name the channel and the HTTP status, never the token or the number.
 */
public final class SmsChannel implements NotificationChannel {
  /** Twilio splits longer texts into several billed segments; a notification fits in two. */
  static final int MAX_BODY = 300;

  private final HttpClient http;
  private final URI messages;
  private final String authorization;
  private final String from;

  /**
   * @param baseUrl e.g. {@code https://api.twilio.com}
   * @throws IllegalArgumentException when the base URL is not http(s), naming the config key
   */
  public SmsChannel(HttpClient http, String baseUrl, String accountSid, Secret authToken, String from) {
    URI base = JsonPost.url(baseUrl, "notifications.sms.baseUrl");
    this.http = http;
    this.messages = URI.create(base.toString().replaceAll("/+$", "") + "/2010-04-01/Accounts/"
        + URLEncoder.encode(accountSid, StandardCharsets.UTF_8) + "/Messages.json");
    this.authorization = "Basic " + Base64.getEncoder().encodeToString(
        (accountSid + ":" + authToken.reveal()).getBytes(StandardCharsets.UTF_8));
    this.from = from;
  }

  @Override
  public String name() {
    return "sms";
  }

  @Override
  public void send(Notification n) throws ChannelException {
    if (n.smsTo() == null || n.smsTo().isBlank()) {
      return;
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put("To", n.smsTo());
    form.put("From", from);
    form.put("Body", body(n));
    String encoded = form.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    HttpRequest request = HttpRequest.newBuilder(messages).timeout(JsonPost.TIMEOUT)
        .header("Authorization", authorization).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(encoded)).build();
    try {
      int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      if (status / 100 != 2) {
        throw new ChannelException(name() + " answered HTTP " + status
            + (status == 401 ? " (check notifications.sms.accountSid and authToken)" : ""),
            status == 429 || status >= 500);
      }
    } catch (IOException e) {
      throw new ChannelException(name() + " could not be reached: " + e.getClass().getSimpleName(), true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ChannelException(name() + ": interrupted", true);
    }
  }

  /** Title, reason and the facts, cut to {@link #MAX_BODY} characters. */
  static String body(Notification n) {
    StringBuilder text = new StringBuilder(n.title());
    if (n.text() != null && !n.text().isBlank()) {
      text.append(": ").append(n.text());
    }
    n.fields().forEach((k, v) -> text.append(" | ").append(k).append(' ').append(v));
    return text.length() <= MAX_BODY ? text.toString() : text.substring(0, MAX_BODY - 1) + "…";
  }
}
