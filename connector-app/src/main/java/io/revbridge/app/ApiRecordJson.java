package io.revbridge.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.revbridge.model.RecordRef;
import io.revbridge.spi.CrmRecord;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads one record as the CRM's API returns it: HubSpot's {@code {id, properties, updatedAt}} or a
 * Salesforce REST/SOQL row ({@code {attributes, Id, Field__c, ..., SystemModstamp}}).
 */
final class ApiRecordJson {
  static final String CONNECTION = "preview";

  private ApiRecordJson() {}

  static CrmRecord read(String crm, String objectType, JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("a " + crm + " record must be a JSON object");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    String id;
    String modified;
    if ("hubspot".equals(crm)) {
      if (!node.path("properties").isObject()) {
        throw new IllegalArgumentException("a HubSpot record needs a `properties` object, as the CRM v3 API returns it");
      }
      node.path("properties").fields().forEachRemaining(e -> putText(fields, e.getKey(), e.getValue()));
      id = text(node.path("id"), fields.get("hs_object_id"));
      modified = text(node.path("updatedAt"), fields.getOrDefault("lastmodifieddate", fields.get("hs_lastmodifieddate")));
    } else {
      node.fields().forEachRemaining(e -> {
        if (!e.getKey().equals("attributes")) {
          putText(fields, e.getKey(), e.getValue());
        }
      });
      id = fields.get("Id");
      modified = fields.get("SystemModstamp");
    }
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("the record has no id (`id` for HubSpot, `Id` for Salesforce)");
    }
    return new CrmRecord(new RecordRef(CONNECTION, objectType, id), instant(modified), fields, false);
  }

  private static void putText(Map<String, String> fields, String name, JsonNode value) {
    if (value != null && !value.isNull() && value.isValueNode()) {
      fields.put(name, value.asText());
    }
  }

  private static String text(JsonNode node, String fallback) {
    return node.isMissingNode() || node.isNull() ? fallback : node.asText();
  }

  private static Instant instant(String text) {
    if (text == null || text.isBlank()) {
      return Instant.EPOCH;
    }
    try {
      return Instant.parse(text.replace("+0000", "Z"));
    } catch (DateTimeParseException e) {
      return Instant.EPOCH;
    }
  }
}
