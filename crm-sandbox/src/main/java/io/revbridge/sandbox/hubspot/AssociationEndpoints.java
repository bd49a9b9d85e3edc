package io.revbridge.sandbox.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.revbridge.sandbox.SandboxOptions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code POST /crm/v4/associations/{from}/{to}/batch/read} (api-notes §6): for each input id, the records of the
 * target type it is associated with, each with its association types ({@code category}, {@code typeId},
 * {@code label}). The first company of a contact or deal is its primary one and carries the "Primary" type as
 * well. Ids with no associations, or no live record, become {@code errors[]} entries and the answer is 207, as
 * HubSpot answers ({@code NO_ASSOCIATIONS_FOUND}).
 */
final class AssociationEndpoints {
  private final HubSpotCrm crm;
  private final SandboxOptions options;
  private final StatsRecorder stats;

  AssociationEndpoints(HubSpotCrm crm, SandboxOptions options, StatsRecorder stats) {
    this.crm = crm;
    this.options = options;
    this.stats = stats;
  }

  Response batchRead(Route route, Request req) {
    ObjectType from = route.type();
    ObjectType to = ObjectType.parse(route.id()).orElseThrow();
    JsonNode body = req.jsonObject();
    JsonNode raw = body.get("inputs");
    if (raw != null && raw.isArray()) {
      stats.batch(route.endpoint(), raw.size());
    }
    List<JsonNode> inputs = Inputs.batch(body, options.batchMax());
    ObjectStore store = crm.store(from);
    ArrayNode results = Json.array();
    ArrayNode errors = Json.array();
    Set<String> seen = new LinkedHashSet<>();
    for (JsonNode input : inputs) {
      String id = Json.text(input, "id");
      if (id == null || !seen.add(id)) {
        continue;
      }
      Long key = HubSpotCrm.parseId(id);
      List<Long> targets = key == null ? List.of() : store.read(() -> {
        StoredRecord r = store.live(key);
        return r == null ? List.<Long>of() : List.copyOf(r.associations(to));
      });
      if (targets.isEmpty()) {
        errors.add(noAssociations(from, to, id));
        continue;
      }
      ObjectNode result = results.addObject();
      result.putObject("from").put("id", id);
      ArrayNode list = result.putArray("to");
      for (int i = 0; i < targets.size(); i++) {
        ObjectNode t = list.addObject();
        t.put("toObjectId", targets.get(i));
        ArrayNode types = t.putArray("associationTypes");
        if (i == 0 && AssociationTypes.primary(from, to) > 0) {
          types.addObject().put("category", "HUBSPOT_DEFINED").put("typeId", AssociationTypes.primary(from, to))
              .put("label", "Primary");
        }
        types.addObject().put("category", "HUBSPOT_DEFINED").put("typeId", AssociationTypes.unlabeled(from, to))
            .putNull("label");
      }
    }
    ObjectNode answer = Json.object();
    String now = Times.iso(System.currentTimeMillis());
    answer.put("status", "COMPLETE");
    answer.set("results", results);
    if (!errors.isEmpty()) {
      answer.put("numErrors", errors.size());
      answer.set("errors", errors);
    }
    answer.put("startedAt", now);
    answer.put("completedAt", now);
    return Response.json(errors.isEmpty() ? 200 : 207, answer);
  }

  private static ObjectNode noAssociations(ObjectType from, ObjectType to, String id) {
    ObjectNode e = Json.object();
    e.put("status", "error");
    e.put("category", "OBJECT_NOT_FOUND");
    e.put("subCategory", "crm.associations.NO_ASSOCIATIONS_FOUND");
    e.put("message", "No " + to.plural() + " is associated with " + from.singular() + " " + id + ".");
    e.putObject("context").set("fromObjectId", Json.strings(List.of(id)));
    return e;
  }
}
