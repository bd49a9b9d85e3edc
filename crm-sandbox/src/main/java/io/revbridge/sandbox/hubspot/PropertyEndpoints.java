package io.revbridge.sandbox.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** {@code /crm/v3/properties/{type}}: list, read one, and create (201, or 409 when the name is taken). */
final class PropertyEndpoints {
  private static final Set<String> TYPES = Set.of("string", "number", "date", "datetime", "enumeration", "bool",
      "phone_number");
  private static final Set<String> FIELD_TYPES = Set.of("text", "textarea", "number", "date", "select", "radio",
      "checkbox", "booleancheckbox", "phonenumber", "file", "html", "calculation_equation");
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,99}");

  private final HubSpotCrm crm;

  PropertyEndpoints(HubSpotCrm crm) {
    this.crm = crm;
  }

  Response list(Route route, Request req) {
    ObjectNode body = Json.object();
    ArrayNode results = body.putArray("results");
    if (!Boolean.parseBoolean(req.param("archived"))) {
      crm.store(route.type()).catalog().all().forEach(d -> results.add(toJson(d)));
    }
    return Response.json(200, body);
  }

  Response read(Route route) {
    PropertyDef def = crm.store(route.type()).catalog().get(route.id());
    if (def == null) {
      throw HubSpotErrors.notFound("Unable to find property " + route.id() + " for object type "
          + route.type().plural() + ". Create it with POST /crm/v3/properties/" + route.type().plural() + ".");
    }
    return Response.json(200, toJson(def));
  }

  Response create(Route route, Request req) {
    JsonNode b = req.jsonObject();
    List<String> missing = new ArrayList<>();
    for (String field : List.of("name", "label", "type", "fieldType", "groupName")) {
      if (Json.text(b, field) == null || Json.text(b, field).isBlank()) {
        missing.add(field);
      }
    }
    if (!missing.isEmpty()) {
      throw HubSpotErrors.validation("Missing required fields: " + String.join(", ", missing)
          + ". A property needs name, label, type, fieldType and groupName.");
    }
    String name = Json.text(b, "name");
    String type = Json.text(b, "type");
    String fieldType = Json.text(b, "fieldType");
    if (!NAME.matcher(name).matches()) {
      throw HubSpotErrors.validation("Property name \"" + name + "\" is invalid: use lower-case letters, digits and "
          + "underscores, starting with a letter.");
    }
    if (!TYPES.contains(type)) {
      throw HubSpotErrors.validation("type \"" + type + "\" is invalid; use one of " + new java.util.TreeSet<>(TYPES));
    }
    if (!FIELD_TYPES.contains(fieldType)) {
      throw HubSpotErrors.validation("fieldType \"" + fieldType + "\" is invalid; use one of "
          + new java.util.TreeSet<>(FIELD_TYPES));
    }
    if ((type.equals("number") && !fieldType.equals("number") && !fieldType.equals("calculation_equation"))
        || (type.equals("bool") && !fieldType.equals("booleancheckbox"))) {
      throw HubSpotErrors.validation("fieldType \"" + fieldType + "\" does not fit type \"" + type + "\" (number "
          + "properties use fieldType number, bool properties booleancheckbox).");
    }
    String group = Json.text(b, "groupName");
    if (!crm.store(route.type()).catalog().hasGroup(group)) {
      throw HubSpotErrors.validation("Property group " + group + " does not exist for " + route.type().plural()
          + ". Create it first with POST /crm/v3/properties/" + route.type().plural() + "/groups.");
    }
    List<String> values = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (JsonNode o : b.path("options")) {
      values.add(Json.text(o, "value"));
      labels.add(Json.text(o, "label") == null ? Json.text(o, "value") : Json.text(o, "label"));
    }
    if (type.equals("bool") && values.isEmpty()) {
      values = List.of("true", "false");
      labels = List.of("Yes", "No");
    }
    String description = Json.text(b, "description");
    PropertySpec spec = new PropertySpec(name, Json.text(b, "label"), type, fieldType, Json.text(b, "groupName"),
        description == null ? "" : description, values, labels, false, false, Derived.NONE);
    PropertyDef def = crm.store(route.type()).catalog().create(spec, crm.now()).orElseThrow(() ->
        new ApiException(409, HubSpotErrors.body("Property named '" + name + "' already exists.",
            "OBJECT_ALREADY_EXISTS")));
    return Response.json(201, toJson(def));
  }

  Response groups(Route route) {
    ObjectNode body = Json.object();
    ArrayNode results = body.putArray("results");
    int order = 0;
    for (Map.Entry<String, String> g : crm.store(route.type()).catalog().groups().entrySet()) {
      results.add(groupJson(g.getKey(), g.getValue(), order++));
    }
    return Response.json(200, body);
  }

  Response group(Route route) {
    Map<String, String> groups = crm.store(route.type()).catalog().groups();
    if (!groups.containsKey(route.id())) {
      throw HubSpotErrors.notFound("Unable to find property group " + route.id() + " for object type "
          + route.type().plural() + ".");
    }
    return Response.json(200, groupJson(route.id(), groups.get(route.id()), -1));
  }

  /** {@code POST .../groups}: {@code name} and {@code label} required (PropertyGroupCreate); 201, or 409 when taken. */
  Response createGroup(Route route, Request req) {
    JsonNode b = req.jsonObject();
    String name = Json.text(b, "name");
    String label = Json.text(b, "label");
    if (name == null || name.isBlank() || label == null || label.isBlank()) {
      throw HubSpotErrors.validation("Missing required fields: a property group needs name and label.");
    }
    if (!NAME.matcher(name).matches()) {
      throw HubSpotErrors.validation("Property group name \"" + name + "\" is invalid: use lower-case letters, "
          + "digits and underscores, starting with a letter.");
    }
    if (!crm.store(route.type()).catalog().createGroup(name, label)) {
      throw new ApiException(409, HubSpotErrors.body("Property group named '" + name + "' already exists.",
          "OBJECT_ALREADY_EXISTS"));
    }
    return Response.json(201, groupJson(name, label, b.path("displayOrder").asInt(-1)));
  }

  private static ObjectNode groupJson(String name, String label, int displayOrder) {
    ObjectNode n = Json.object();
    n.put("name", name);
    n.put("label", label);
    n.put("displayOrder", displayOrder);
    n.put("archived", false);
    return n;
  }

  static ObjectNode toJson(PropertyDef d) {
    ObjectNode n = Json.object();
    n.put("updatedAt", Times.iso(d.createdAt()));
    n.put("createdAt", Times.iso(d.createdAt()));
    n.put("name", d.name());
    n.put("label", d.label());
    n.put("type", d.type());
    n.put("fieldType", d.fieldType());
    n.put("description", d.description());
    n.put("groupName", d.groupName());
    ArrayNode options = n.putArray("options");
    int order = 0;
    for (var e : d.options().entrySet()) {
      options.addObject().put("label", e.getValue()).put("value", e.getKey()).put("displayOrder", order++)
          .put("hidden", false);
    }
    n.put("displayOrder", -1);
    n.put("calculated", d.derived() != Derived.NONE);
    n.put("externalOptions", d.name().equals("hubspot_owner_id"));
    if (d.name().equals("hubspot_owner_id")) {
      n.put("referencedObjectType", "OWNER");
    }
    n.put("hasUniqueValue", d.name().equals("email") && d.groupName().equals("contactinformation"));
    n.put("hidden", false);
    n.put("hubspotDefined", d.hubspotDefined());
    ObjectNode meta = n.putObject("modificationMetadata");
    meta.put("archivable", !d.hubspotDefined());
    meta.put("readOnlyDefinition", d.hubspotDefined());
    meta.put("readOnlyValue", d.readOnly());
    n.put("formField", !d.readOnly());
    n.put("dataSensitivity", "non_sensitive");
    return n;
  }
}
