package io.revbridge.sandbox.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a handler answers: status, optional JSON body and extra headers. */
public record Response(int status, JsonNode body, Map<String, String> headers) {
  public Response {
    headers = Map.copyOf(headers);
  }

  static Response json(int status, JsonNode body) {
    return new Response(status, body, Map.of());
  }

  static Response noContent() {
    return new Response(204, null, Map.of());
  }

  Response withHeaders(Map<String, String> more) {
    if (more.isEmpty()) {
      return this;
    }
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.putAll(more);
    return new Response(status, body, all);
  }
}
