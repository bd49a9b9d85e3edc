package io.revbridge.spi;

import io.revbridge.model.RecordRef;
import java.time.Instant;
import java.util.Map;

/**
 * A record as the CRM holds it: field name to value as text (HubSpot sends every property as a string;
 * Salesforce values are rendered as their XML text). A field with no value is absent from the map.
 */
public record CrmRecord(RecordRef ref, Instant modifiedAt, Map<String, String> fields, boolean archived) {
  public CrmRecord {
    fields = Map.copyOf(fields);
  }

  public String field(String name) {
    return fields.get(name);
  }
}
