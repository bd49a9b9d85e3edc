package io.revbridge.sandbox.hubspot;

/** Reads a property value off a record as HubSpot shows it, computing derived properties on the fly. */
final class RecordValues {
  private RecordValues() {}

  /** The value as a string, or {@code null} when the record has none. Call under the store's read lock. */
  static String value(StoredRecord r, PropertyDef def) {
    return switch (def.derived()) {
      case ID -> Long.toString(r.id());
      case CREATED -> Times.iso(r.createdAt());
      case MODIFIED -> Times.iso(r.updatedAt());
      case NONE -> r.get(def.slot());
    };
  }

  /** The value as epoch millis for temporal comparisons, or {@code null} when absent or unparsable. */
  static Long millis(StoredRecord r, PropertyDef def) {
    return switch (def.derived()) {
      case CREATED -> r.createdAt();
      case MODIFIED -> r.updatedAt();
      case ID -> r.id();
      case NONE -> Times.parseMillis(r.get(def.slot()));
    };
  }

  /** The value as a number for numeric comparisons, or {@code null} when absent or not a number. */
  static Double number(StoredRecord r, PropertyDef def) {
    if (def.derived() == Derived.ID) {
      return (double) r.id();
    }
    String v = value(r, def);
    if (v == null) {
      return null;
    }
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
