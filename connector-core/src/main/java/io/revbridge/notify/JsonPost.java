package io.revbridge.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * One JSON POST with a timeout; the URL is a secret (Slack's carries its token), so it never appears in a message.
 */
public final class JsonPost {
  static final Duration TIMEOUT = Duration.ofSeconds(5);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonPost() {}

  static void post(HttpClient http, URI url, String channel, String json) throws ChannelException {
    HttpRequest request = HttpRequest.newBuilder(url).timeout(TIMEOUT).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    try {
      int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      if (status / 100 != 2) {
        throw new ChannelException(channel + " answered HTTP " + status, status == 429 || status >= 500);
      }
    } catch (IOException e) {
      throw new ChannelException(channel + " could not be reached: " + e.getClass().getSimpleName(), true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ChannelException(channel + ": interrupted", true);
    }
  }

  static String json(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a notification as JSON", e);
    }
  }

  static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("a queued notification is not readable: " + e.getOriginalMessage(), e);
    }
  }

  /** The URL, checked to be http(s); the message names the config key, never the value. */
  public static URI url(String value, String key) {
    try {
      URI uri = URI.create(value.strip());
      if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
        return uri;
      }
    } catch (IllegalArgumentException notAUri) {
      // reported below
    }
    throw new IllegalArgumentException(key + " is not an http(s) URL; check the environment variable it names");
  }
}
