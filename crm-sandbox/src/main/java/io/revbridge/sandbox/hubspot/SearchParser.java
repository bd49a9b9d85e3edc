package io.revbridge.sandbox.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import io.revbridge.sandbox.SandboxOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a search body and enforces HubSpot's bounds: at most 5 filter groups, 6 filters per group and 18
 * in total, one sort, a page of at most {@code searchPageMax}, and no paging past {@code searchCap}.
 * Every violation is a 400 VALIDATION_ERROR that says which bound was hit and what to do.
 */
final class SearchParser {
  static final int MAX_GROUPS = 5;
  static final int MAX_FILTERS_PER_GROUP = 6;
  static final int MAX_FILTERS = 18;
  static final Set<String> OPERATORS = Set.of("EQ", "NEQ", "LT", "LTE", "GT", "GTE", "BETWEEN", "IN", "NOT_IN",
      "HAS_PROPERTY", "NOT_HAS_PROPERTY", "CONTAINS_TOKEN", "NOT_CONTAINS_TOKEN");
  private static final Set<String> SINGLE_VALUE = Set.of("EQ", "NEQ", "LT", "LTE", "GT", "GTE", "BETWEEN",
      "CONTAINS_TOKEN", "NOT_CONTAINS_TOKEN");

  private SearchParser() {}

  static SearchQuery parse(JsonNode body, SandboxOptions options) {
    List<List<SearchQuery.FilterSpec>> groups = groups(body.get("filterGroups"));
    SearchQuery.SortSpec sort = sort(body.get("sorts"));
    List<String> properties = null;
    JsonNode props = body.get("properties");
    if (props != null && props.isArray()) {
      properties = new ArrayList<>();
      for (JsonNode p : props) {
        properties.add(p.asText());
      }
    }
    int limit = body.hasNonNull("limit") ? intValue(body.get("limit"), "limit") : 10;
    if (limit < 0 || limit > options.searchPageMax()) {
      throw HubSpotErrors.validation("limit must be between 0 and " + options.searchPageMax()
          + " for search, was " + limit + ". Page with \"after\" instead.");
    }
    int after = body.hasNonNull("after") && !body.get("after").asText().isEmpty()
        ? intValue(body.get("after"), "after") : 0;
    if (after < 0) {
      throw HubSpotErrors.validation("after must be >= 0, was " + after);
    }
    if ((long) after + limit > options.searchCap()) {
      throw HubSpotErrors.validation("Search results are capped at " + options.searchCap() + " per query: after ("
          + after + ") + limit (" + limit + ") goes past it. Start a new query from the last cursor value you "
          + "saw (e.g. lastmodifieddate GTE it) instead of paging further.");
    }
    String query = body.hasNonNull("query") ? body.get("query").asText() : null;
    return new SearchQuery(groups, sort, properties, limit, after, query);
  }

  private static List<List<SearchQuery.FilterSpec>> groups(JsonNode raw) {
    List<List<SearchQuery.FilterSpec>> groups = new ArrayList<>();
    if (raw == null || raw.isNull()) {
      return groups;
    }
    if (!raw.isArray()) {
      throw HubSpotErrors.validation("filterGroups must be an array of {\"filters\": [...]}");
    }
    if (raw.size() > MAX_GROUPS) {
      throw HubSpotErrors.validation("Too many filter groups: " + raw.size() + ", the limit is " + MAX_GROUPS + ".");
    }
    int total = 0;
    for (int g = 0; g < raw.size(); g++) {
      JsonNode filters = raw.get(g).get("filters");
      if (filters == null || !filters.isArray()) {
        throw HubSpotErrors.validation("filterGroups[" + g + "] needs \"filters\": an array of filters");
      }
      if (filters.size() > MAX_FILTERS_PER_GROUP) {
        throw HubSpotErrors.validation("Too many filters in filterGroups[" + g + "]: " + filters.size()
            + ", the limit is " + MAX_FILTERS_PER_GROUP + " per group.");
      }
      total += filters.size();
      if (total > MAX_FILTERS) {
        throw HubSpotErrors.validation("Too many filters: more than " + MAX_FILTERS + " across all filter groups.");
      }
      List<SearchQuery.FilterSpec> group = new ArrayList<>();
      for (int f = 0; f < filters.size(); f++) {
        group.add(filter(filters.get(f), "filterGroups[" + g + "].filters[" + f + "]"));
      }
      groups.add(group);
    }
    return groups;
  }

  private static SearchQuery.FilterSpec filter(JsonNode f, String where) {
    String property = Json.text(f, "propertyName");
    String op = Json.text(f, "operator");
    if (property == null || property.isBlank()) {
      throw HubSpotErrors.validation(where + " needs a \"propertyName\"");
    }
    op = op == null ? null : op.toUpperCase(Locale.ROOT);
    if (op == null || !OPERATORS.contains(op)) {
      throw HubSpotErrors.validation(where + " has operator \"" + Json.text(f, "operator") + "\"; use one of "
          + new java.util.TreeSet<>(OPERATORS));
    }
    String value = Json.scalarText(f.get("value"));
    value = f.hasNonNull("value") ? value : null;
    String high = f.hasNonNull("highValue") ? Json.scalarText(f.get("highValue")) : null;
    List<String> values = new ArrayList<>();
    if (f.has("values") && f.get("values").isArray()) {
      f.get("values").forEach(v -> values.add(Json.scalarText(v)));
    }
    if (SINGLE_VALUE.contains(op) && value == null) {
      throw HubSpotErrors.validation(where + " (" + property + " " + op + ") needs a \"value\"");
    }
    if (op.equals("BETWEEN") && high == null) {
      throw HubSpotErrors.validation(where + " (" + property + " BETWEEN) needs a \"highValue\"");
    }
    if ((op.equals("IN") || op.equals("NOT_IN")) && values.isEmpty()) {
      throw HubSpotErrors.validation(where + " (" + property + " " + op + ") needs a non-empty \"values\" array");
    }
    return new SearchQuery.FilterSpec(property, op, value, high, values, where);
  }

  private static SearchQuery.SortSpec sort(JsonNode raw) {
    if (raw == null || raw.isNull() || (raw.isArray() && raw.isEmpty())) {
      return null;
    }
    if (!raw.isArray()) {
      throw HubSpotErrors.validation("sorts must be an array with one {\"propertyName\", \"direction\"}");
    }
    if (raw.size() > 1) {
      throw HubSpotErrors.validation("Only one sort is allowed per search, got " + raw.size() + ".");
    }
    JsonNode s = raw.get(0);
    if (s.isTextual()) {
      String t = s.asText();
      return t.startsWith("-") ? new SearchQuery.SortSpec(t.substring(1), true) : new SearchQuery.SortSpec(t, false);
    }
    String property = Json.text(s, "propertyName");
    if (property == null || property.isBlank()) {
      throw HubSpotErrors.validation("sorts[0] needs a \"propertyName\"");
    }
    String direction = Json.text(s, "direction");
    if (direction != null && !direction.equals("ASCENDING") && !direction.equals("DESCENDING")) {
      throw HubSpotErrors.validation("sorts[0].direction must be ASCENDING or DESCENDING, was \"" + direction + "\"");
    }
    return new SearchQuery.SortSpec(property, "DESCENDING".equals(direction));
  }

  private static int intValue(JsonNode node, String name) {
    try {
      return Integer.parseInt(node.asText().trim());
    } catch (NumberFormatException e) {
      throw HubSpotErrors.validation(name + " must be a whole number, was \"" + node.asText() + "\"");
    }
  }
}
