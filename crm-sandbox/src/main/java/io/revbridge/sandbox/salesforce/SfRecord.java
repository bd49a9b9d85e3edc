package io.revbridge.sandbox.salesforce;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One stored record. Guarded by the {@link SfOrg} lock; copies leave the org. */
final class SfRecord {
  final String type;
  final String id;
  final Map<String, String> fields = new LinkedHashMap<>();
  Instant systemModstamp;
  boolean deleted;

  SfRecord(String type, String id, Instant systemModstamp) {
    this.type = type;
    this.id = id;
    this.systemModstamp = systemModstamp;
  }

  /** The value as SOQL sees it, system fields included; null when empty. */
  String get(String field) {
    return switch (field) {
      case "Id" -> id;
      case "SystemModstamp" -> systemModstamp.toString();
      case "IsDeleted" -> Boolean.toString(deleted);
      case "IsClosed" -> type.equals("Task") ? Boolean.toString("Completed".equals(fields.get("Status"))) : null;
      case "IsConverted" -> type.equals("Lead") ? Boolean.toString("true".equals(fields.get("IsConverted"))) : null;
      default -> fields.get(field);
    };
  }

  SfRecord copy() {
    SfRecord c = new SfRecord(type, id, systemModstamp);
    c.fields.putAll(fields);
    c.deleted = deleted;
    return c;
  }
}
