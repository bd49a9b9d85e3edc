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
 * adapter does not sync (tickets, conversations, ...) are skipped. The event key is HubSpot's
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
      changes.addAll(changes(events.get(i), i));
    }
    return changes;
  }

  /**
   * One event's changes: usually one; a merge also deletes the merged-away records; an association change
   * touches the records at both ends (a contact's company decides its company fit).
   */
  private List<Change> changes(JsonNode event, int index) {
    Optional<Change> main = change(event, index);
    if (main.isEmpty()) {
      return List.of();
    }
    Change change = main.get();
    String subscription = subscription(event);
    List<Change> all = new ArrayList<>();
    if (subscription.endsWith(".merge")) {
      // The survivor is newObjectId when the merge made a new record (then the primary is gone as well),
      // else primaryObjectId (objectId names it too); every other id of the merge no longer exists.
      String primary = HubSpotJson.text(event, "primaryObjectId");
      String created = HubSpotJson.text(event, "newObjectId");
      String survivor = created != null ? created : primary != null ? primary : change.ref().id();
      all.add(withId(change, survivor, ChangeKind.UPSERT, "merge"));
      java.util.Set<String> gone = new java.util.LinkedHashSet<>();
      if (primary != null) {
        gone.add(primary);
      }
      event.path("mergedObjectIds").forEach(merged -> gone.add(merged.asText()));
      gone.remove(survivor);
      gone.forEach(id -> all.add(withId(change, id, ChangeKind.DELETE, "merged")));
      return all;
    }
    if (subscription.endsWith(".associationChange")) {
      String[] ends = HubSpotJson.text(event, "associationType") == null ? new String[0]
          : HubSpotJson.text(event, "associationType").toLowerCase(java.util.Locale.ROOT).split("_to_");
      addEnd(all, change, ends.length == 2 ? ends[0] : null, HubSpotJson.text(event, "fromObjectId"), "from");
      addEnd(all, change, ends.length == 2 ? ends[1] : null, HubSpotJson.text(event, "toObjectId"), "to");
      return all;
    }
    return List.of(change);
  }

  private void addEnd(List<Change> all, Change change, String singular, String id, String end) {
    if (singular == null || id == null) {
      return;
    }
    HubSpotObjectType.bySingular(singular).ifPresent(type -> all.add(new Change(
        new RecordRef(connection, type.apiName(), id), ChangeKind.UPSERT, change.occurredAt(),
        change.eventKey() + ":" + end, Optional.empty())));
  }

  private static Change withId(Change change, String id, ChangeKind kind, String role) {
    return new Change(new RecordRef(change.ref().connection(), change.ref().objectType(), id), kind,
        change.occurredAt(), change.eventKey() + ":" + role + ":" + id, Optional.empty());
  }

  private static String subscription(JsonNode event) {
    String subscription = HubSpotJson.text(event, "subscriptionType");
    return subscription != null ? subscription : HubSpotJson.text(event, "eventType");
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
      case "creation", "propertyChange", "restore", "merge", "associationChange" -> ChangeKind.UPSERT;
      case "deletion", "privacyDeletion" -> ChangeKind.DELETE;
      default -> null;
    };
    if (type.isEmpty() || kind == null) {
      return Optional.empty();
    }
    if (ownFieldEcho(event)) {
      return Optional.empty();
    }
    String objectId = HubSpotJson.text(event, "objectId");
    if (objectId == null && subscription.endsWith(".associationChange")) {
      objectId = HubSpotJson.text(event, "fromObjectId"); // association events name their ends instead
    }
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

  /**
   * A change to one of Revbridge's own properties ({@code revbridge_*}): almost always the echo of
   * Revbridge's own write, and never an input to a score, so there is nothing to do. Recognised by the
   * property name rather than by {@code changeSource}/{@code sourceId}: a private app's writes arrive with a
   * source id Revbridge cannot know from its config, and other integrations also write as {@code API}. Other
   * echoes (the owner Revbridge assigned) reach the engine, whose ledger diff finds nothing to write.
   */
  static boolean ownFieldEcho(JsonNode event) {
    String property = HubSpotJson.text(event, "propertyName");
    return property != null && property.startsWith(OWN_PREFIX);
  }

  static final String OWN_PREFIX = "revbridge_";

  private static String part(JsonNode event, String field) {
    String value = HubSpotJson.text(event, field);
    return value == null ? "" : value;
  }
}
