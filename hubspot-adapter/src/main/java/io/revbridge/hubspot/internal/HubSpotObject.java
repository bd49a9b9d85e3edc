package io.revbridge.hubspot.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.revbridge.model.RecordRef;
import io.revbridge.spi.CrmRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A CRM object as HubSpot sends it ({@code SimplePublicObject}: id, properties as strings, archived flag,
 * updatedAt). Properties with a null value are left out, as {@link CrmRecord} wants.
 */
public record HubSpotObject(String id, Map<String, String> properties, boolean archived, String updatedAt) {
  public HubSpotObject {
    properties = Map.copyOf(properties);
  }

  public static HubSpotObject from(JsonNode node) {
    Map<String, String> properties = new LinkedHashMap<>();
    node.path("properties")
        .properties()
        .forEach(e -> {
          if (!e.getValue().isNull()) {
            properties.put(e.getKey(), e.getValue().asText());
          }
        });
    String id = HubSpotJson.text(node, "id");
    if (id == null) {
      id = properties.get("hs_object_id");
    }
    return new HubSpotObject(
        id, properties, node.path("archived").asBoolean(false), HubSpotJson.text(node, "updatedAt"));
  }

  /** When the object last changed by the type's modified-date property, else by {@code updatedAt}. */
  public Instant modifiedAt(HubSpotSearchable type) {
    Instant modified = parseTime(properties.get(type.modifiedProperty()));
    if (modified == null) {
      modified = parseTime(updatedAt);
    }
    return modified == null ? Instant.EPOCH : modified;
  }

  public CrmRecord toRecord(String connection, HubSpotSearchable type) {
    return new CrmRecord(new RecordRef(connection, type.apiName(), id), modifiedAt(type), properties, archived);
  }

  /** HubSpot datetimes: ISO-8601 in responses, epoch milliseconds in some older payloads. */
  static Instant parseTime(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      if (value.chars().allMatch(Character::isDigit)) {
        return Instant.ofEpochMilli(Long.parseLong(value));
      }
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException | NumberFormatException e) {
      return null;
    }
  }
}
