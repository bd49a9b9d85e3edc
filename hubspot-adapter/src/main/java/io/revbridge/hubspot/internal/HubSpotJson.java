package io.revbridge.hubspot.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** The one Jackson mapper of the adapter (thread-safe once configured) and small tree helpers. */
public final class HubSpotJson {
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private HubSpotJson() {}

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  public static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /** Parses JSON text; throws {@link JsonProcessingException} so callers decide what malformed means. */
  public static JsonNode parse(String text) throws JsonProcessingException {
    return MAPPER.readTree(text);
  }

  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
    }
  }

  /** Text of a field, or null when absent or JSON null. */
  public static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  /** The strings of an array field, or of a single string field; empty when absent. */
  public static List<String> texts(JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    JsonNode value = node == null ? null : node.get(field);
    if (value == null || value.isNull()) {
      return out;
    }
    if (value.isArray()) {
      value.forEach(item -> out.add(item.asText()));
    } else {
      out.add(value.asText());
    }
    return out;
  }
}
