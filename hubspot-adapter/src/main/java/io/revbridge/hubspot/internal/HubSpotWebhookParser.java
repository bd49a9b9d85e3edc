package io.revbridge.hubspot.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.revbridge.model.RecordRef;
import io.revbridge.spi.Change;
import io.revbridge.spi.ChangeKind;
import io.revbridge.spi.WebhookRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns HubSpot's webhook body, a JSON array of events (api-notes §7), into changes without records: the
 * engine reads current state in batches rather than trusting {@code propertyValue}. Event types the
 * adapter does not sync (tickets, association changes, ...) are skipped. The event key is HubSpot's
 * composite {@code portalId:subscriptionId:eventId:objectId:occurredAt}, since {@code eventId} alone is
 * not unique. Thread-safe.
 */
public final class HubSpotWebhookParser {
  private final String connection;

  public HubSpotWebhookParser(String connection) {
    this.connection = connection;
  }

  /** @throws IllegalArgumentException for a body that is not an array of events, or an event without objectId */
  public List<Change> parse(WebhookRequest request) {
    JsonNode events;
    try {
      events = HubSpotJson.parse(new String(request.body(), UTF_8));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("HubSpot webhook body is not valid JSON: "
          + e.getOriginalMessage(), e);
    }
    if (events == null || !events.isArray()) {
      throw new IllegalArgumentException("HubSpot webhook body must be a JSON array of events");
    }
    List<Change> changes = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      change(events.get(i), i).ifPresent(changes::add);
    }
    return changes;
  }

  private Optional<Change> change(JsonNode event, int index) {
    if (!event.isObject()) {
      throw new IllegalArgumentException("HubSpot webhook event #" + index + " is not a JSON object");
    }
    String subscription = HubSpotJson.text(event, "subscriptionType");
    if (subscription == null) {
      subscription = HubSpotJson.text(event, "eventType"); // very old payloads
    }
    int dot = subscription == null ? -1 : subscription.indexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String prefix = subscription.substring(0, dot);
    Optional<HubSpotObjectType> type = prefix.equals("object")
        ? Optional.ofNullable(HubSpotJson.text(event, "objectTypeId")).flatMap(HubSpotObjectType::byTypeId)
        : HubSpotObjectType.bySingular(prefix);
    ChangeKind kind = switch (subscription.substring(dot + 1)) {
      case "creation", "propertyChange", "restore", "merge" -> ChangeKind.UPSERT;
      case "deletion", "privacyDeletion" -> ChangeKind.DELETE;
      default -> null;
    };
    if (type.isEmpty() || kind == null) {
      return Optional.empty();
    }
    String objectId = HubSpotJson.text(event, "objectId");
    if (objectId == null || objectId.isBlank()) {
      throw new IllegalArgumentException(
          "HubSpot webhook event #" + index + " (" + subscription + ") has no objectId");
    }
    JsonNode occurred = event.get("occurredAt");
    if (occurred == null || !occurred.canConvertToLong()) {
      throw new IllegalArgumentException(
          "HubSpot webhook event #" + index + " (" + subscription + ") has no occurredAt in epoch milliseconds");
    }
    long occurredAt = occurred.asLong();
    String eventKey = String.join(":", "hubspot", part(event, "portalId"), part(event, "subscriptionId"),
        part(event, "eventId"), objectId, Long.toString(occurredAt));
    return Optional.of(new Change(new RecordRef(connection, type.get().apiName(), objectId), kind,
        Instant.ofEpochMilli(occurredAt), eventKey, Optional.empty()));
  }

  private static String part(JsonNode event, String field) {
    String value = HubSpotJson.text(event, field);
    return value == null ? "" : value;
  }
}
