package io.revbridge.sandbox.hubspot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;

/** Error bodies in HubSpot's shapes (api-notes §2 and §3), so clients exercise their real error parsing. */
public final class HubSpotErrors {
  /** The sandbox's fixed portal (account) id, shown where HubSpot shows one. */
  public static final long PORTAL_ID = 20_260_042L;

  private HubSpotErrors() {}

  public static ObjectNode body(String message, String category) {
    ObjectNode n = Json.object();
    n.put("status", "error");
    n.put("message", message);
    n.put("correlationId", UUID.randomUUID().toString());
    n.put("category", category);
    return n;
  }

  public static ApiException validation(String message) {
    return new ApiException(400, body(message, "VALIDATION_ERROR"));
  }

  public static ApiException notFound(String message) {
    return new ApiException(404, body(message, "OBJECT_NOT_FOUND"));
  }

  public static ObjectNode unauthenticated() {
    return body("Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find "
        + "more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview", "INVALID_AUTHENTICATION");
  }

  /** The burst (10-second rolling) limit body; {@code policyName} tells clients to wait for the window. */
  public static ObjectNode tenSecondly() {
    return rateLimit("You have reached your ten_secondly_rolling limit.", "TEN_SECONDLY_ROLLING");
  }

  /** The daily limit body, as HubSpot's usage guidelines show it (api-notes §2). */
  public static ObjectNode daily() {
    return rateLimit("You have reached your daily limit.", "DAILY");
  }

  /** The search per-second limit body: HubSpot's clients recognise it by message, and it has no policyName. */
  public static ObjectNode secondly() {
    return rateLimit("You have reached your secondly limit.", null);
  }

  private static ObjectNode rateLimit(String message, String policy) {
    ObjectNode n = Json.object();
    n.put("status", "error");
    n.put("message", message);
    n.put("errorType", "RATE_LIMIT");
    n.put("correlationId", UUID.randomUUID().toString());
    if (policy != null) {
      n.put("policyName", policy);
    }
    n.put("requestId", UUID.randomUUID().toString());
    return n;
  }

  /** HubSpot embeds the property problems as JSON text in the message; clients parse it, so keep it exact. */
  static String propertyValuesMessage(List<PropertyProblem> problems) {
    ArrayNode items = Json.array();
    for (PropertyProblem p : problems) {
      ObjectNode i = items.addObject();
      i.put("isValid", false);
      i.put("message", p.message());
      i.put("error", p.code());
      i.put("name", p.name());
      i.put("localizedErrorMessage", p.message());
      i.put("portalId", PORTAL_ID);
    }
    return "Property values were not valid: " + items;
  }

  /** The inner {@code errors[]} list of a validation body: one entry per bad property. */
  static ArrayNode propertyErrors(List<PropertyProblem> problems) {
    ArrayNode errors = Json.array();
    for (PropertyProblem p : problems) {
      ObjectNode e = errors.addObject();
      e.put("message", p.message());
      e.put("code", p.code());
      e.putObject("context").set("propertyName", Json.strings(List.of(p.name())));
    }
    return errors;
  }
}
