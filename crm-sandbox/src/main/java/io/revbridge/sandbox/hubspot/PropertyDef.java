package io.revbridge.sandbox.hubspot;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One property definition of one object type, as {@code GET /crm/v3/properties/{type}} shows it.
 * {@code slot} is where stored records keep the value ({@code -1} for derived properties);
 * {@code options} maps enumeration values to labels (empty when any value is allowed).
 */
public record PropertyDef(
    String name,
    String label,
    String type,
    String fieldType,
    String groupName,
    String description,
    Map<String, String> options,
    boolean hubspotDefined,
    boolean readOnly,
    Derived derived,
    int slot,
    long createdAt) {

  public PropertyDef {
    options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
  }

  public boolean isNumber() {
    return "number".equals(type);
  }

  /** Datetime and date properties compare by instant in search. */
  public boolean isTemporal() {
    return "datetime".equals(type) || "date".equals(type);
  }

  public boolean isBool() {
    return "bool".equals(type);
  }

  /** Enumerations with a fixed option list accept only those values (the owner property is checked apart). */
  public boolean isClosedEnumeration() {
    return "enumeration".equals(type) && !options.isEmpty();
  }
}
