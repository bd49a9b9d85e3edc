package io.revbridge.hubspot.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.revbridge.spi.CrmException;
import io.revbridge.spi.RetryableCrmException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Revbridge's idempotency key on HubSpot tasks: a task property {@code revbridge_task_key} (created on first
 * use, in the "Revbridge" group) holding the SHA-256 of the key, and a search for keys before creating.
 * So a create that timed out after HubSpot acted on it is found, not repeated.
 *
 * <p>The hash keeps the value short and lowercase, which string {@code IN} filters require (api-notes §1).
 * Search is eventually consistent: a task created a moment ago may not be found yet; the engine's retry
 * wait (30 s and up) is far longer than HubSpot's usual indexing lag. If the property cannot be created
 * (the token lacks the schema scope), tasks are created without it and a warning says so. Thread-safe.
 */
final class HubSpotTaskKeys {
  static final String PROPERTY = "revbridge_task_key";
  private static final int IN_VALUES = 50;
  private static final Logger LOG = LoggerFactory.getLogger(HubSpotTaskKeys.class);

  private final String connection;
  private final HubSpotClient client;
  private final HubSpotPropertyGroups groups;
  private volatile Boolean available;

  HubSpotTaskKeys(String connection, HubSpotClient client, HubSpotPropertyGroups groups) {
    this.connection = connection;
    this.client = client;
    this.groups = groups;
  }

  /**
   * Whether tasks carry the key: the property exists or was just created. Decided once per connection.
   *
   * @throws RetryableCrmException when HubSpot could not answer (decided on a later call)
   */
  boolean available() {
    Boolean known = available;
    if (known == null) {
      synchronized (this) {
        if (available == null) {
          available = ensureProperty();
        }
        known = available;
      }
    }
    return known;
  }

  private boolean ensureProperty() {
    String path = "/crm/v3/properties/tasks";
    try {
      client.send(HubSpotCall.get(path + "/" + PROPERTY, Map.of()));
      return true;
    } catch (RetryableCrmException e) {
      throw e;
    } catch (CrmException e) {
      if (!HubSpotApiError.of(e).map(api -> api.status() == 404).orElse(false)) {
        return unavailable(e.getMessage());
      }
    }
    var noGroup = groups.ensure("tasks");
    if (noGroup.isPresent()) {
      return unavailable(noGroup.get());
    }
    ObjectNode body = HubSpotJson.object()
        .put("name", PROPERTY)
        .put("label", "Revbridge task key")
        .put("type", "string")
        .put("fieldType", "text")
        .put("groupName", HubSpotPropertyGroups.NAME)
        .put("description", "Set by Revbridge so that a retried create never makes a second task. Do not edit.");
    try {
      client.send(HubSpotCall.post(path, body, HubSpotCall.Repeat.UNSENT_ONLY));
      return true;
    } catch (RetryableCrmException e) {
      throw e;
    } catch (CrmException e) {
      return HubSpotApiError.of(e).map(api -> api.status() == 409).orElse(false) || unavailable(e.getMessage());
    }
  }

  private boolean unavailable(String why) {
    LOG.warn("Connection '{}': tasks are created without Revbridge's idempotency key, because the task property {}"
        + " could not be created ({}). A create that times out may then not be retried.", connection, PROPERTY, why);
    return false;
  }

  /** The property value for an idempotency key. */
  static String value(String idempotencyKey) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(idempotencyKey.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Idempotency key → id of the task HubSpot already holds with it, for those of {@code keys} that exist. */
  Map<String, String> existing(List<String> keys) {
    Map<String, String> byValue = new HashMap<>();
    keys.forEach(k -> byValue.put(value(k), k));
    Map<String, String> found = new HashMap<>();
    List<String> values = List.copyOf(byValue.keySet());
    for (int from = 0; from < values.size(); from += IN_VALUES) {
      List<String> chunk = values.subList(from, Math.min(values.size(), from + IN_VALUES));
      ObjectNode body = HubSpotJson.object();
      ObjectNode filter = body.putArray("filterGroups").addObject().putArray("filters").addObject()
          .put("propertyName", PROPERTY).put("operator", "IN");
      ArrayNode in = filter.putArray("values");
      chunk.forEach(in::add);
      body.putArray("properties").add(PROPERTY);
      body.put("limit", 200);
      JsonNode response = client.send(
          HubSpotCall.post("/crm/v3/objects/tasks/search", body, HubSpotCall.Repeat.SAFE)).body();
      for (JsonNode task : response.path("results")) {
        String key = byValue.get(task.path("properties").path(PROPERTY).asText(""));
        if (key != null) {
          found.putIfAbsent(key, HubSpotJson.text(task, "id"));
        }
      }
    }
    return found;
  }
}
