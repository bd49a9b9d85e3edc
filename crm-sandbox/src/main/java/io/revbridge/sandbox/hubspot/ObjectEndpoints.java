package io.revbridge.sandbox.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.revbridge.sandbox.SandboxRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Single-record endpoints: list, read, create, update (PATCH) and archive (DELETE) of {@code /crm/v3/objects}. */
final class ObjectEndpoints {
  static final int LIST_MAX = 100;

  private final HubSpotCrm crm;

  ObjectEndpoints(HubSpotCrm crm) {
    this.crm = crm;
  }

  /** Pages in id order; {@code after} is the id to continue from (opaque to clients, as in HubSpot). */
  Response list(Route route, Request req) {
    int limit = intParam(req, "limit", 10);
    if (limit < 1 || limit > LIST_MAX) {
      throw HubSpotErrors.validation("limit must be between 1 and " + LIST_MAX + " for list calls, was " + limit);
    }
    long after = 0;
    if (req.param("after") != null && !req.param("after").isEmpty()) {
      Long a = HubSpotCrm.parseId(req.param("after"));
      if (a == null) {
        throw HubSpotErrors.validation("after must be the value of paging.next.after from the previous page, was \""
            + req.param("after") + "\"");
      }
      after = a;
    }
    boolean archived = Boolean.parseBoolean(req.param("archived"));
    ObjectType type = route.type();
    ObjectStore store = crm.store(type);
    long from = after;
    List<SandboxRecord> page = new ArrayList<>();
    Long next = store.read(() -> {
      for (StoredRecord r : store.byId().tailMap(from, true).values()) {
        if (r.archived() != archived) {
          continue;
        }
        if (page.size() == limit) {
          return r.id();
        }
        page.add(crm.snapshot(type, r));
      }
      return null;
    });
    Set<String> names = RecordJson.select(type, store.catalog(), req.csvParam("properties"));
    List<ObjectType> assoc = associationTypes(req);
    ObjectNode body = Json.object();
    ArrayNode results = body.putArray("results");
    for (SandboxRecord r : page) {
      ObjectNode n = RecordJson.render(r, names);
      RecordJson.addAssociations(n, r, type, assoc);
      results.add(n);
    }
    if (next != null) {
      body.putObject("paging").putObject("next").put("after", next.toString())
          .put("link", "?after=" + next);
    }
    return Response.json(200, body);
  }

  Response read(Route route, Request req) {
    ObjectType type = route.type();
    String id = Inputs.resolveId(crm, type, route.id(), req.param("idProperty"));
    boolean archived = Boolean.parseBoolean(req.param("archived"));
    SandboxRecord r = crm.find(type, id).filter(x -> x.archived() == archived).orElseThrow(() ->
        HubSpotErrors.notFound("No " + type.singular() + " with id " + route.id() + " exists"
            + (archived ? " in the recycle bin." : " (it may be archived or never existed).")));
    ObjectNode n = RecordJson.render(r, RecordJson.select(type, crm.store(type).catalog(), req.csvParam("properties")));
    RecordJson.addAssociations(n, r, type, associationTypes(req));
    return Response.json(200, n);
  }

  Response create(Route route, Request req, WriteContext ctx) {
    JsonNode body = req.jsonObject();
    ObjectType type = route.type();
    ItemOutcome outcome;
    try {
      List<AssociationInput> assoc = Inputs.associations(type, body.get("associations"));
      Validated input = crm.validator().validate(crm.store(type).catalog(), body.get("properties"));
      outcome = crm.create(type, input, assoc, ctx);
    } catch (InvalidItem e) {
      outcome = ItemOutcome.failed(e.error());
    }
    if (!outcome.ok()) {
      throw outcome.error().toException();
    }
    return Response.json(201, RecordJson.full(outcome.record()).without("associations"));
  }

  Response update(Route route, Request req, WriteContext ctx) {
    JsonNode body = req.jsonObject();
    ObjectType type = route.type();
    String id = Inputs.resolveId(crm, type, route.id(), req.param("idProperty"));
    Validated input = crm.validator().validate(crm.store(type).catalog(), body.get("properties"));
    ItemOutcome outcome = crm.update(type, id, input, ctx);
    if (!outcome.ok()) {
      throw outcome.error().toException();
    }
    return Response.json(200, render(type, outcome.record(), input));
  }

  /** Archiving is idempotent in HubSpot: a missing id still answers 204. */
  Response archive(Route route) {
    crm.archive(route.type(), route.id());
    return Response.noContent();
  }

  /** A write response: the properties written plus the id, create date and last-modified property. */
  static ObjectNode render(ObjectType type, SandboxRecord r, Validated input) {
    List<String> names = new ArrayList<>();
    input.values().keySet().forEach(d -> names.add(d.name()));
    names.add("hs_object_id");
    names.add("createdate");
    names.add(type.modifiedProperty());
    return RecordJson.render(r, new java.util.LinkedHashSet<>(names));
  }

  private static List<ObjectType> associationTypes(Request req) {
    List<ObjectType> out = new ArrayList<>();
    for (String name : req.csvParam("associations")) {
      out.add(ObjectType.parse(name).orElseThrow(() -> HubSpotErrors.validation("Unknown association object type \""
          + name + "\"; use contacts, companies, deals or tasks.")));
    }
    return out;
  }

  static int intParam(Request req, String name, int fallback) {
    String v = req.param(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw HubSpotErrors.validation(name + " must be a whole number, was \"" + v + "\"");
    }
  }
}
