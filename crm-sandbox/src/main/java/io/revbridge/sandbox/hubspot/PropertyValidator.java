package io.revbridge.sandbox.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks written property values the way HubSpot does: the property must exist and be writable, numbers
 * must be numbers, booleans true/false, enumerations one of their options, datetimes ISO-8601 or epoch
 * millis, and {@code hubspot_owner_id} the id of an active owner. Stateless apart from the owner list.
 */
final class PropertyValidator {
  private final Owners owners;

  PropertyValidator(Owners owners) {
    this.owners = owners;
  }

  /** Validates a JSON {@code properties} object (missing or null means "no properties"). */
  Validated validate(PropertyCatalog catalog, JsonNode properties) {
    Map<String, String> raw = new LinkedHashMap<>();
    List<PropertyProblem> problems = new ArrayList<>();
    if (properties != null && !properties.isNull()) {
      if (!properties.isObject()) {
        problems.add(new PropertyProblem("properties", "INVALID_VALUE",
            "\"properties\" must be an object of property name to value"));
        return new Validated(Map.of(), problems);
      }
      for (Map.Entry<String, JsonNode> e : properties.properties()) {
        String text = Json.scalarText(e.getValue());
        if (text == null) {
          problems.add(new PropertyProblem(e.getKey(), "INVALID_VALUE",
              "Property \"" + e.getKey() + "\" must be a string, number or boolean, not " + e.getValue().getNodeType()));
        } else {
          raw.put(e.getKey(), text);
        }
      }
    }
    Validated v = validate(catalog, raw);
    problems.addAll(v.problems());
    return new Validated(v.values(), problems);
  }

  Validated validate(PropertyCatalog catalog, Map<String, String> raw) {
    Map<PropertyDef, String> values = new LinkedHashMap<>();
    List<PropertyProblem> problems = new ArrayList<>();
    raw.forEach((name, value) -> {
      PropertyDef def = catalog.get(name);
      if (def == null) {
        problems.add(new PropertyProblem(name, "PROPERTY_DOESNT_EXIST", "Property \"" + name + "\" does not exist"));
        return;
      }
      if (def.readOnly()) {
        problems.add(new PropertyProblem(name, "READ_ONLY_VALUE",
            "\"" + name + "\" is a read only property; its value cannot be set."));
        return;
      }
      String v = value == null ? "" : value;
      if (v.isEmpty()) {
        values.put(def, "");
        return;
      }
      String normalised = normalise(def, v, problems);
      if (normalised != null) {
        values.put(def, normalised);
      }
    });
    return new Validated(values, problems);
  }

  private String normalise(PropertyDef def, String v, List<PropertyProblem> problems) {
    String name = def.name();
    if ("hubspot_owner_id".equals(name)) {
      if (!v.chars().allMatch(Character::isDigit)) {
        return problem(problems, name, "INVALID_INTEGER", "\"" + v + "\" was not a valid integer (for owner ID).");
      }
      if (!owners.isActive(v)) {
        return problem(problems, name, "INVALID_INTEGER", "\"" + v + "\" is not a valid owner ID: no active owner "
            + "has that id. Use an \"id\" from GET /crm/v3/owners (not a userId).");
      }
      return v;
    }
    if (def.isNumber()) {
      try {
        new BigDecimal(v.trim());
        return v.trim();
      } catch (NumberFormatException e) {
        return problem(problems, name, "INVALID_INTEGER", "\"" + v + "\" was not a valid number.");
      }
    }
    if (def.isBool()) {
      String b = v.trim().toLowerCase(Locale.ROOT);
      if (b.equals("true") || b.equals("false")) {
        return b;
      }
      return problem(problems, name, "INVALID_OPTION", "\"" + v + "\" was not one of the allowed options: [true, false]");
    }
    if (def.isTemporal()) {
      Long millis = Times.parseMillis(v);
      if (millis == null) {
        return problem(problems, name, "INVALID_DATE", "\"" + v + "\" is not a valid " + def.type()
            + " for \"" + name + "\"; send ISO-8601 (2024-09-11T13:27:39.356Z) or epoch milliseconds.");
      }
      return "date".equals(def.type())
          ? Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC).toLocalDate().toString()
          : Times.iso(millis);
    }
    if (def.isClosedEnumeration()) {
      boolean multi = "checkbox".equals(def.fieldType());
      for (String part : multi ? v.split(";") : new String[] {v}) {
        if (!def.options().containsKey(part)) {
          return problem(problems, name, "INVALID_OPTION", "\"" + v + "\" was not one of the allowed options: "
              + def.options().keySet());
        }
      }
    }
    return v;
  }

  private static String problem(List<PropertyProblem> problems, String name, String code, String message) {
    problems.add(new PropertyProblem(name, code, message));
    return null;
  }
}
