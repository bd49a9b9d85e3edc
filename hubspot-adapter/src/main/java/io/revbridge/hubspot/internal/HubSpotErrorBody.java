package io.revbridge.hubspot.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * HubSpot's error body (api-notes §2–3), parsed leniently: the docs say every field is optional, rate
 * limit bodies use {@code errorType} where others use {@code category}, and some bodies are not JSON.
 *
 * @param raw the parsed body, or a missing node when it was not JSON
 */
public record HubSpotErrorBody(
    String category, String errorType, String policyName, String message, JsonNode raw) {

  public static HubSpotErrorBody parse(String text) {
    if (text == null || text.isBlank()) {
      return new HubSpotErrorBody(null, null, null, null, MissingNode.getInstance());
    }
    try {
      JsonNode node = HubSpotJson.parse(text);
      if (node.isObject()) {
        return new HubSpotErrorBody(
            HubSpotJson.text(node, "category"),
            HubSpotJson.text(node, "errorType"),
            HubSpotJson.text(node, "policyName"),
            HubSpotJson.text(node, "message"),
            node);
      }
    } catch (JsonProcessingException notJson) {
      // An HTML error page from a proxy or a gateway: keep its start as the message.
    }
    String start = text.strip();
    return new HubSpotErrorBody(
        null, null, null, start.length() > 200 ? start.substring(0, 200) + "…" : start,
        MissingNode.getInstance());
  }

  /** The most specific name HubSpot gave this error: policy, then category, then error type. */
  public String code() {
    if (policyName != null) {
      return policyName;
    }
    return category != null ? category : errorType;
  }

  public String messageOr(String fallback) {
    return message == null || message.isBlank() ? fallback : message;
  }
}
