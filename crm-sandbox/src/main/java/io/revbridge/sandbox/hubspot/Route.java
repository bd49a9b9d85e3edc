package io.revbridge.sandbox.hubspot;

import java.util.ArrayList;
import java.util.List;

/**
 * A resolved {@code /crm} request: what it does, on which type and id, and its normalised endpoint key
 * (e.g. {@code "PATCH /crm/v3/objects/contacts/{id}"}) used for stats and the write log. For a v4 association
 * read, {@code type} is the from-type and {@code id} the to-type's plural name.
 */
record Route(Kind kind, String endpoint, ObjectType type, String id) {
  enum Kind {
    LIST, CREATE, READ, UPDATE, ARCHIVE, SEARCH,
    BATCH_READ, BATCH_UPDATE, BATCH_CREATE, BATCH_ARCHIVE,
    PROPERTIES_LIST, PROPERTY_CREATE, PROPERTY_READ,
    GROUPS_LIST, GROUP_CREATE, GROUP_READ,
    OWNERS_LIST, OWNER_READ,
    ASSOCIATIONS_BATCH_READ
  }

  boolean isSearch() {
    return kind == Kind.SEARCH;
  }

  /** Resolves a path, or throws a HubSpot-shaped 404 (no such endpoint), 405 (wrong method) or 400 (bad type). */
  static Route resolve(String method, String path) {
    List<String> s = new ArrayList<>();
    for (String part : path.split("/")) {
      if (!part.isEmpty()) {
        s.add(part);
      }
    }
    if (s.size() == 7 && s.get(0).equals("crm") && s.get(1).equals("v4") && s.get(2).equals("associations")
        && s.get(5).equals("batch") && s.get(6).equals("read")) {
      ObjectType from = type(s.get(3));
      ObjectType to = type(s.get(4));
      return only(method, "POST", path, Kind.ASSOCIATIONS_BATCH_READ,
          "/crm/v4/associations/" + from.plural() + "/" + to.plural() + "/batch/read", from, to.plural());
    }
    if (s.size() < 3 || !s.get(0).equals("crm") || !s.get(1).equals("v3")) {
      throw unknown(method, path);
    }
    String area = s.get(2);
    if (area.equals("owners") && s.size() <= 4) {
      return s.size() == 3 ? only(method, "GET", path, Kind.OWNERS_LIST, "/crm/v3/owners", null, null)
          : only(method, "GET", path, Kind.OWNER_READ, "/crm/v3/owners/{ownerId}", null, s.get(3));
    }
    if (s.size() < 4 || !(area.equals("objects") || area.equals("properties"))) {
      throw unknown(method, path);
    }
    ObjectType type = type(s.get(3));
    String base = "/crm/v3/" + area + "/" + type.plural();
    if (area.equals("properties")) {
      if (s.size() == 4) {
        return method.equals("POST") ? new Route(Kind.PROPERTY_CREATE, "POST " + base, type, null)
            : only(method, "GET", path, Kind.PROPERTIES_LIST, base, type, null);
      }
      if (s.get(4).equals("groups")) {
        if (s.size() == 5) {
          return method.equals("POST") ? new Route(Kind.GROUP_CREATE, "POST " + base + "/groups", type, null)
              : only(method, "GET", path, Kind.GROUPS_LIST, base + "/groups", type, null);
        }
        if (s.size() == 6) {
          return only(method, "GET", path, Kind.GROUP_READ, base + "/groups/{groupName}", type, s.get(5));
        }
      }
      if (s.size() == 5) {
        return only(method, "GET", path, Kind.PROPERTY_READ, base + "/{propertyName}", type, s.get(4));
      }
      throw unknown(method, path);
    }
    if (s.size() == 4) {
      return method.equals("POST") ? new Route(Kind.CREATE, "POST " + base, type, null)
          : only(method, "GET", path, Kind.LIST, base, type, null);
    }
    if (s.size() == 5 && s.get(4).equals("search")) {
      return only(method, "POST", path, Kind.SEARCH, base + "/search", type, null);
    }
    if (s.size() == 5 && !s.get(4).equals("batch")) {
      String key = base + "/{id}";
      return switch (method) {
        case "GET" -> new Route(Kind.READ, "GET " + key, type, s.get(4));
        case "PATCH" -> new Route(Kind.UPDATE, "PATCH " + key, type, s.get(4));
        case "DELETE" -> new Route(Kind.ARCHIVE, "DELETE " + key, type, s.get(4));
        default -> throw notAllowed(method, path);
      };
    }
    if (s.size() == 6 && s.get(4).equals("batch")) {
      Kind kind = switch (s.get(5)) {
        case "read" -> Kind.BATCH_READ;
        case "update" -> Kind.BATCH_UPDATE;
        case "create" -> Kind.BATCH_CREATE;
        case "archive" -> Kind.BATCH_ARCHIVE;
        default -> throw unknown(method, path);
      };
      return only(method, "POST", path, kind, base + "/batch/" + s.get(5), type, null);
    }
    throw unknown(method, path);
  }

  private static ObjectType type(String name) {
    return ObjectType.parse(name).orElseThrow(() -> HubSpotErrors.validation("Unable to infer object type from: "
        + name + ". The sandbox serves contacts, companies, deals and tasks."));
  }

  private static Route only(String method, String allowed, String path, Kind kind, String key, ObjectType type,
      String id) {
    if (!method.equals(allowed)) {
      throw notAllowed(method, path);
    }
    return new Route(kind, allowed + " " + key, type, id);
  }

  private static ApiException unknown(String method, String path) {
    return HubSpotErrors.notFound("No HubSpot API endpoint matches " + method + " " + path
        + " in the sandbox. It serves /crm/v3/objects/{type}[/search|/batch/*|/{id}], /crm/v3/properties/{type}[/groups], "
        + "/crm/v3/owners, /crm/v4/associations/{from}/{to}/batch/read and /oauth/v1/token.");
  }

  private static ApiException notAllowed(String method, String path) {
    return new ApiException(405, HubSpotErrors.body("Method " + method + " is not allowed on " + path + ".",
        "VALIDATION_ERROR"));
  }
}
