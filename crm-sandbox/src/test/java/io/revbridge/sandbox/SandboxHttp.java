package io.revbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A tiny JDK HttpClient wrapper for contract tests: JSON in, status + JSON + headers out. */
final class SandboxHttp {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  record Resp(int status, JsonNode body, HttpHeaders headers) {
    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  private final String baseUrl;
  private final String token;

  SandboxHttp(HubSpotSandbox sandbox) {
    this(sandbox.baseUrl(), sandbox.accessToken());
  }

  private SandboxHttp(String baseUrl, String token) {
    this.baseUrl = baseUrl;
    this.token = token;
  }

  SandboxHttp withToken(String other) {
    return new SandboxHttp(baseUrl, other);
  }

  Resp get(String path) {
    return send("GET", path, null);
  }

  Resp post(String path, String json) {
    return send("POST", path, json);
  }

  Resp patch(String path, String json) {
    return send("PATCH", path, json);
  }

  Resp delete(String path) {
    return send("DELETE", path, null);
  }

  /** POSTs a search body to {@code /crm/v3/objects/{type}/search}. */
  Resp search(String type, String bodyJson) {
    return post("/crm/v3/objects/" + type + "/search", bodyJson);
  }

  Resp send(String method, String path, String json) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    try {
      HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode body = r.body() == null || r.body().isEmpty() ? JSON.nullNode() : JSON.readTree(r.body());
      return new Resp(r.statusCode(), body, r.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
