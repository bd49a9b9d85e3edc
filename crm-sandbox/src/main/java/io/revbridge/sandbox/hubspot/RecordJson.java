package io.revbridge.sandbox.hubspot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.revbridge.sandbox.SandboxRecord;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Renders records in HubSpot's {@code SimplePublicObject} shape and decides which properties a response
 * carries: the requested ones (or the type's defaults), always with the id, create date and last-modified
 * property. A requested property that exists but has no value comes back as {@code null}, as in HubSpot.
 */
final class RecordJson {
  private RecordJson() {}

  /** Property names to return; names the portal does not know are dropped silently, as HubSpot does. */
  static Set<String> select(ObjectType type, PropertyCatalog catalog, Collection<String> requested) {
    Set<String> names = new LinkedHashSet<>();
    Collection<String> base = requested == null || requested.isEmpty() ? type.defaultProperties() : requested;
    for (String n : base) {
      if (catalog.get(n) != null) {
        names.add(n);
      }
    }
    names.add("hs_object_id");
    names.add("createdate");
    names.add(type.modifiedProperty());
    return names;
  }

  static ObjectNode render(SandboxRecord r, Collection<String> names) {
    ObjectNode n = Json.object();
    n.put("id", r.id());
    ObjectNode props = n.putObject("properties");
    for (String name : names) {
      props.put(name, r.get(name));
    }
    n.put("createdAt", Times.iso(r.createdAt().toEpochMilli()));
    n.put("updatedAt", Times.iso(r.updatedAt().toEpochMilli()));
    n.put("archived", r.archived());
    if (r.archived()) {
      n.put("archivedAt", Times.iso(r.archivedAt().toEpochMilli()));
    }
    return n;
  }

  /** The v3 {@code associations} block for the requested target types; types without any are omitted. */
  static void addAssociations(ObjectNode n, SandboxRecord r, ObjectType from, List<ObjectType> targets) {
    ObjectNode block = null;
    for (ObjectType to : targets) {
      List<String> ids = r.associations().getOrDefault(to.plural(), List.of());
      if (ids.isEmpty()) {
        continue;
      }
      if (block == null) {
        block = n.putObject("associations");
      }
      ArrayNode results = block.putObject(to.plural()).putArray("results");
      for (String id : ids) {
        results.addObject().put("id", id).put("type", AssociationTypes.label(from, to));
      }
    }
  }

  /** Everything about a record, for the inspection endpoints. */
  static ObjectNode full(SandboxRecord r) {
    ObjectNode n = render(r, new java.util.TreeSet<>(r.properties().keySet()));
    ObjectNode assoc = n.putObject("associations");
    r.associations().forEach((type, ids) -> assoc.set(type, Json.strings(ids)));
    return n;
  }
}
