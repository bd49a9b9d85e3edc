package io.revbridge.sandbox.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.revbridge.sandbox.SandboxRecord;
import io.revbridge.sandbox.SandboxStats;
import io.revbridge.sandbox.SandboxWrite;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /_sandbox/*}: what tests and people use to look inside the fake. No auth, no rate limits, not
 * counted in stats, and edits here are UI edits (they bump the modified time but are not API writes).
 */
final class InspectionEndpoints {
  private final HubSpotCrm crm;
  private final HubSpotApi api;

  InspectionEndpoints(HubSpotCrm crm, HubSpotApi api) {
    this.crm = crm;
    this.api = api;
  }

  Response handle(Request req) {
    String[] s = req.path().substring(1).split("/");
    String method = req.method();
    if (s.length >= 3 && s[1].equals("records") && method.equals("GET")) {
      ObjectType type = type(s[2]);
      return s.length == 3 ? records(type, req) : record(type, s[3]);
    }
    if (s.length == 2 && s[1].equals("writes") && method.equals("GET")) {
      return writes();
    }
    if (s.length == 2 && s[1].equals("stats") && method.equals("GET")) {
      return Response.json(200, Json.MAPPER.valueToTree(statsJson(api.stats())));
    }
    if (s.length == 3 && s[1].equals("stats") && s[2].equals("reset") && method.equals("POST")) {
      api.resetStats();
      return Response.noContent();
    }
    if (s.length == 4 && s[1].equals("edit") && method.equals("POST")) {
      return edit(type(s[2]), s[3], req.jsonObject());
    }
    if (s.length == 2 && s[1].equals("faults") && method.equals("POST")) {
      JsonNode b = req.jsonObject();
      try {
        api.injectFault(Json.text(b, "pathPrefix"), b.path("status").asInt(0), b.path("count").asInt(1));
      } catch (IllegalArgumentException e) {
        throw HubSpotErrors.validation(e.getMessage());
      }
      return Response.noContent();
    }
    throw HubSpotErrors.notFound("No inspection endpoint " + method + " " + req.path() + ". Available: GET "
        + "/_sandbox/records/{type}[/{id}], GET /_sandbox/writes, GET /_sandbox/stats, POST /_sandbox/stats/reset, "
        + "POST /_sandbox/edit/{type}/{id}, POST /_sandbox/faults");
  }

  private Response records(ObjectType type, Request req) {
    List<SandboxRecord> all = crm.all(type);
    int offset = ObjectEndpoints.intParam(req, "offset", 0);
    int limit = ObjectEndpoints.intParam(req, "limit", Integer.MAX_VALUE);
    ObjectNode body = Json.object();
    body.put("total", all.size());
    ArrayNode results = body.putArray("results");
    for (int i = Math.max(0, offset); i < all.size() && results.size() < limit; i++) {
      results.add(RecordJson.full(all.get(i)));
    }
    return Response.json(200, body);
  }

  private Response record(ObjectType type, String id) {
    return crm.find(type, id).map(r -> Response.json(200, RecordJson.full(r)))
        .orElseThrow(() -> HubSpotErrors.notFound("No " + type.singular() + " with id " + id + " exists."));
  }

  private Response writes() {
    ObjectNode body = Json.object();
    ArrayNode results = body.putArray("results");
    for (SandboxWrite w : crm.writes()) {
      ObjectNode n = results.addObject();
      n.put("at", Times.iso(w.at().toEpochMilli()));
      n.put("endpoint", w.endpoint());
      n.put("objectType", w.objectType());
      n.put("id", w.id());
      n.set("properties", Json.MAPPER.valueToTree(w.properties()));
      n.put("requestId", w.requestId());
    }
    body.put("total", results.size());
    return Response.json(200, body);
  }

  /** Accepts {@code {"properties": {...}}} or the bare properties object. */
  private Response edit(ObjectType type, String id, JsonNode body) {
    JsonNode props = body.has("properties") && body.get("properties").isObject() ? body.get("properties") : body;
    Map<String, String> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : props.properties()) {
      values.put(e.getKey(), Json.scalarText(e.getValue()));
    }
    ItemOutcome outcome = crm.edit(type, id, values);
    if (!outcome.ok()) {
      throw outcome.error().toException();
    }
    return Response.json(200, RecordJson.full(outcome.record()));
  }

  private static ObjectType type(String name) {
    return ObjectType.parse(name).orElseThrow(() -> HubSpotErrors.validation("Unknown object type \"" + name
        + "\"; use contacts, companies, deals or tasks."));
  }

  private static Map<String, Object> statsJson(SandboxStats s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("requests", s.requests());
    m.put("largestBatch", s.largestBatch());
    m.put("totalRequests", s.totalRequests());
    m.put("tooManyRequests", s.tooManyRequests());
    m.put("burstLimited", s.burstLimited());
    m.put("searchLimited", s.searchLimited());
    m.put("faultsServed", s.faultsServed());
    m.put("bounds", Map.of("burstPer10s", s.burstPer10s(), "searchPerSecond", s.searchPerSecond(),
        "batchMax", s.batchMax(), "searchPageMax", s.searchPageMax(), "searchCap", s.searchCap()));
    return m;
  }
}
