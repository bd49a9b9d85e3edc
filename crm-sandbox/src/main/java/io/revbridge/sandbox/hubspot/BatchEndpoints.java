package io.revbridge.sandbox.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.revbridge.sandbox.SandboxOptions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code /crm/v3/objects/{type}/batch/*}. Partial failure follows HubSpot: good items are applied and
 * returned in {@code results}, bad ones become {@code errors[]} entries naming their input (by
 * {@code context.ids}, and {@code context.objectWriteTraceId} when the input had one), with status 207.
 * A batch over the bound or with duplicate ids is refused whole with 400. A read asking for
 * {@code propertiesWithHistory} gets each named property's versions, newest first, and takes at most
 * {@value #HISTORY_INPUTS} inputs, as HubSpot does.
 */
final class BatchEndpoints {
  /** Inputs a batch read may have when it asks for property histories. */
  static final int HISTORY_INPUTS = 50;

  private final HubSpotCrm crm;
  private final SandboxOptions options;
  private final StatsRecorder stats;

  BatchEndpoints(HubSpotCrm crm, SandboxOptions options, StatsRecorder stats) {
    this.crm = crm;
    this.options = options;
    this.stats = stats;
  }

  Response read(Route route, Request req) {
    JsonNode body = req.jsonObject();
    List<JsonNode> inputs = inputs(route, body);
    ObjectType type = route.type();
    String idProperty = Json.text(body, "idProperty");
    List<String> requested = new ArrayList<>();
    body.path("properties").forEach(p -> requested.add(p.asText()));
    Set<String> names = RecordJson.select(type, crm.store(type).catalog(), requested);
    Set<String> withHistory = new LinkedHashSet<>();
    body.path("propertiesWithHistory").forEach(p -> {
      if (crm.store(type).catalog().get(p.asText()) != null) {
        withHistory.add(p.asText()); // unknown names are dropped silently, as with properties
      }
    });
    if (body.path("propertiesWithHistory").size() > 0 && inputs.size() > HISTORY_INPUTS) {
      throw HubSpotErrors.validation("The maximum number of inputs supported in a batch request for property "
          + "histories is " + HISTORY_INPUTS + ". Please reduce the number of items and try again.");
    }
    Set<String> seen = new LinkedHashSet<>();
    List<String> missing = new ArrayList<>();
    ArrayNode results = Json.array();
    for (JsonNode input : inputs) {
      String given = Json.text(input, "id");
      if (given == null || !seen.add(given)) {
        continue;
      }
      String id = Inputs.resolveId(crm, type, given, idProperty);
      crm.find(type, id).filter(r -> !r.archived()).ifPresentOrElse(
          r -> results.add(withHistory(RecordJson.render(r, names), type, r.id(), withHistory)),
          () -> missing.add(given));
    }
    ArrayNode errors = Json.array();
    if (!missing.isEmpty()) {
      ObjectNode e = errors.addObject();
      e.put("status", "error");
      e.put("category", "OBJECT_NOT_FOUND");
      e.put("message", "Could not get some " + type.upperName() + " objects, they may be deleted or not exist. "
          + "Check that ids are valid.");
      e.putObject("context").set("ids", Json.strings(missing));
    }
    return batchResponse(results, errors, 200);
  }

  private ObjectNode withHistory(ObjectNode result, ObjectType type, String id, Set<String> properties) {
    if (properties.isEmpty()) {
      return result;
    }
    ObjectNode history = result.putObject("propertiesWithHistory");
    for (String property : properties) {
      ArrayNode versions = history.putArray(property);
      for (PropertyVersion v : crm.versions(type, id, property)) {
        versions.addObject().put("value", v.value()).put("timestamp", Times.iso(v.timestamp()))
            .put("sourceType", v.sourceType());
      }
    }
    return result;
  }

  Response update(Route route, Request req, WriteContext ctx) {
    JsonNode body = req.jsonObject();
    List<JsonNode> inputs = inputs(route, body);
    ObjectType type = route.type();
    String idProperty = Json.text(body, "idProperty");
    Set<String> ids = new LinkedHashSet<>();
    Set<String> duplicates = new LinkedHashSet<>();
    for (JsonNode input : inputs) {
      String id = Json.text(input, "id");
      if (id == null || id.isBlank()) {
        throw HubSpotErrors.validation("Every input of a batch update needs an \"id\".");
      }
      if (!ids.add(id)) {
        duplicates.add(id);
      }
    }
    if (!duplicates.isEmpty()) {
      throw HubSpotErrors.validation("Duplicate IDs found in batch input: " + duplicates
          + ". Each record may appear once per batch; merge its properties into one input.");
    }
    ArrayNode results = Json.array();
    ArrayNode errors = Json.array();
    PropertyCatalog catalog = crm.store(type).catalog();
    for (JsonNode input : inputs) {
      String given = Json.text(input, "id");
      String trace = Json.text(input, "objectWriteTraceId");
      Validated v = crm.validator().validate(catalog, input.get("properties"));
      ItemOutcome outcome = crm.update(type, Inputs.resolveId(crm, type, given, idProperty), v, ctx);
      if (outcome.ok()) {
        results.add(ObjectEndpoints.render(type, outcome.record(), v));
      } else {
        errors.add(outcome.error().toBatchError(given, trace));
      }
    }
    return batchResponse(results, errors, 200);
  }

  /**
   * Creates records. As HubSpot documents, per-item results need an {@code objectWriteTraceId} on every
   * input; without them, any invalid input fails the whole batch with 400 and nothing is created.
   */
  Response create(Route route, Request req, WriteContext ctx) {
    List<JsonNode> inputs = inputs(route, req.jsonObject());
    ObjectType type = route.type();
    boolean traced = inputs.stream().allMatch(i -> Json.text(i, "objectWriteTraceId") != null);
    List<Validated> validated = new ArrayList<>();
    List<List<AssociationInput>> associations = new ArrayList<>();
    List<ItemError> problems = new ArrayList<>();
    for (JsonNode input : inputs) {
      try {
        associations.add(Inputs.associations(type, input.get("associations")));
        Validated v = crm.validator().validate(crm.store(type).catalog(), input.get("properties"));
        validated.add(v);
        problems.add(crm.precheck(type, v, associations.get(associations.size() - 1)));
      } catch (InvalidItem e) {
        associations.add(List.of());
        validated.add(null);
        problems.add(e.error());
      }
    }
    ItemError first = problems.stream().filter(p -> p != null).findFirst().orElse(null);
    if (first != null && !traced) {
      ObjectNode body = first.toBody();
      body.put("message", first.message() + " (Send an objectWriteTraceId with every input to get per-item "
          + "results instead of failing the whole batch.)");
      throw new ApiException(400, body);
    }
    ArrayNode results = Json.array();
    ArrayNode errors = Json.array();
    for (int i = 0; i < inputs.size(); i++) {
      String trace = Json.text(inputs.get(i), "objectWriteTraceId");
      ItemOutcome outcome = problems.get(i) != null ? ItemOutcome.failed(problems.get(i))
          : crm.create(type, validated.get(i), associations.get(i), ctx);
      if (outcome.ok()) {
        ObjectNode n = RecordJson.full(outcome.record()).without("associations");
        if (trace != null) {
          n.put("objectWriteTraceId", trace);
        }
        results.add(n);
      } else {
        errors.add(outcome.error().toBatchError(null, trace));
      }
    }
    return batchResponse(results, errors, 201);
  }

  Response archive(Route route, Request req) {
    for (JsonNode input : inputs(route, req.jsonObject())) {
      String id = Json.text(input, "id");
      if (id != null) {
        crm.archive(route.type(), id);
      }
    }
    return Response.noContent();
  }

  private List<JsonNode> inputs(Route route, JsonNode body) {
    JsonNode raw = body.get("inputs");
    if (raw != null && raw.isArray()) {
      stats.batch(route.endpoint(), raw.size());
    }
    return Inputs.batch(body, options.batchMax());
  }

  private static Response batchResponse(ArrayNode results, ArrayNode errors, int okStatus) {
    ObjectNode body = Json.object();
    String now = Times.iso(System.currentTimeMillis());
    body.put("status", "COMPLETE");
    body.set("results", results);
    if (!errors.isEmpty()) {
      body.put("numErrors", errors.size());
      body.set("errors", errors);
    }
    body.put("startedAt", now);
    body.put("completedAt", now);
    return Response.json(errors.isEmpty() ? okStatus : 207, body);
  }
}
