package io.revbridge.hubspot.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A CRM search (api-notes §1): one filter group of ANDed filters, one ascending sort, the properties to
 * return and a page size. No {@code after}: the change feed never pages by offset.
 */
public record HubSpotSearchRequest(
    List<HubSpotSearchRequest.Filter> filters, String sortProperty, List<String> properties, int limit) {

  /** One filter; {@code value} is text, as HubSpot wants even for numbers and epoch-millisecond dates. */
  public record Filter(String propertyName, String operator, String value) {}

  public HubSpotSearchRequest {
    filters = List.copyOf(filters);
    properties = List.copyOf(properties);
  }

  public ObjectNode toJson() {
    ObjectNode body = HubSpotJson.object();
    if (!filters.isEmpty()) {
      ArrayNode filterArray = body.putArray("filterGroups").addObject().putArray("filters");
      filters.forEach(
          f -> filterArray.addObject()
              .put("propertyName", f.propertyName())
              .put("operator", f.operator())
              .put("value", f.value()));
    }
    body.putArray("sorts").addObject().put("propertyName", sortProperty).put("direction", "ASCENDING");
    ArrayNode props = body.putArray("properties");
    properties.forEach(props::add);
    body.put("limit", limit);
    return body;
  }
}
