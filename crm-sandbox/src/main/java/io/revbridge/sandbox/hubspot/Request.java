package io.revbridge.sandbox.hubspot;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One HTTP request, read fully up front: method, path, decoded query parameters, body and auth header. */
public record Request(String method, String path, Map<String, List<String>> query, byte[] body,
    String authorization, String requestId) {

  static Request read(HttpExchange ex) throws IOException {
    byte[] body;
    try (InputStream in = ex.getRequestBody()) {
      body = in.readAllBytes();
    }
    return new Request(ex.getRequestMethod().toUpperCase(java.util.Locale.ROOT), ex.getRequestURI().getRawPath(),
        parseQuery(ex.getRequestURI().getRawQuery()), body, ex.getRequestHeaders().getFirst("Authorization"),
        UUID.randomUUID().toString());
  }

  /** The first value of a query parameter, or {@code null}. */
  public String param(String name) {
    List<String> v = query.get(name);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  /** All values of a parameter given as repeats and/or CSV ({@code properties=a,b&properties=c}). */
  public List<String> csvParam(String name) {
    List<String> out = new ArrayList<>();
    for (String v : query.getOrDefault(name, List.of())) {
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          out.add(part.trim());
        }
      }
    }
    return out;
  }

  /** The body as JSON; an empty body reads as {@code {}}. Malformed JSON is a 400 naming line and column. */
  public JsonNode json() {
    if (body.length == 0) {
      return Json.object();
    }
    try {
      JsonNode node = Json.MAPPER.readTree(body);
      return node == null ? Json.object() : node;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " on line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw HubSpotErrors.validation("Invalid input JSON" + where + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw HubSpotErrors.validation("Invalid input JSON: " + e.getMessage());
    }
  }

  /** The body as a JSON object, or a 400 saying what was sent instead. */
  public JsonNode jsonObject() {
    JsonNode node = json();
    if (!node.isObject()) {
      throw HubSpotErrors.validation("Invalid input JSON: expected an object but got " + node.getNodeType());
    }
    return node;
  }

  private static Map<String, List<String>> parseQuery(String raw) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String k = decode(eq < 0 ? pair : pair.substring(0, eq));
      String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
      out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
    }
    return out;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}
