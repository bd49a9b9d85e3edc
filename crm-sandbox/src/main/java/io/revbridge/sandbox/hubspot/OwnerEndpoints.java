package io.revbridge.sandbox.hubspot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** {@code /crm/v3/owners}: active owners by default, archived ones only with {@code archived=true}. */
final class OwnerEndpoints {
  static final int MAX_LIMIT = 500;

  private final HubSpotCrm crm;

  OwnerEndpoints(HubSpotCrm crm) {
    this.crm = crm;
  }

  Response list(Request req) {
    int limit = ObjectEndpoints.intParam(req, "limit", 100);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw HubSpotErrors.validation("limit must be between 1 and " + MAX_LIMIT + " for owners, was " + limit);
    }
    int offset = ObjectEndpoints.intParam(req, "after", 0);
    if (offset < 0) {
      throw HubSpotErrors.validation("after must be the value of paging.next.after from the previous page");
    }
    List<Owner> owners = crm.owners().list(Boolean.parseBoolean(req.param("archived")), req.param("email"));
    ObjectNode body = Json.object();
    ArrayNode results = body.putArray("results");
    for (int i = offset; i < owners.size() && i < offset + limit; i++) {
      results.add(owners.get(i).toJson());
    }
    if (offset + limit < owners.size()) {
      String next = Integer.toString(offset + limit);
      body.putObject("paging").putObject("next").put("after", next).put("link", "?after=" + next);
    }
    return Response.json(200, body);
  }

  Response read(Route route, Request req) {
    boolean archived = Boolean.parseBoolean(req.param("archived"));
    boolean byUserId = "userId".equals(req.param("idProperty"));
    Owner owner = crm.owners().list(archived, null).stream()
        .filter(o -> byUserId ? Long.toString(o.userId()).equals(route.id()) : o.id().equals(route.id()))
        .findFirst()
        .orElseThrow(() -> HubSpotErrors.notFound("No " + (archived ? "archived " : "") + "owner with "
            + (byUserId ? "userId " : "id ") + route.id() + " exists."));
    return Response.json(200, owner.toJson());
  }
}
