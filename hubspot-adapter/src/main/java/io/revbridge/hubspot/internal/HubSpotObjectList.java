package io.revbridge.hubspot.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.revbridge.spi.Change;
import io.revbridge.spi.ChangePage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every record of an object: {@code GET /crm/v3/objects/{type}}, 100 per page, paged by HubSpot's opaque
 * {@code after} (api-notes §1: the list is the way to read an object whole, with no 10,000-result cap). Unlike
 * search it counts against the burst limit, not the search limit of about five calls per second that the change
 * feed needs for polling. Thread-safe (stateless).
 */
public final class HubSpotObjectList {
  static final int PAGE_SIZE = 100;

  private final String connection;
  private final HubSpotClient client;

  public HubSpotObjectList(String connection, HubSpotClient client) {
    this.connection = connection;
    this.client = client;
  }

  /** The page after {@code after} (null: the first), each record with these properties and its modified date. */
  public ChangePage page(String objectType, String after, Set<String> properties) {
    HubSpotObjectType type = HubSpotObjectType.require(objectType);
    Set<String> wanted = new TreeSet<>(properties);
    wanted.add(type.modifiedProperty());
    Map<String, String> query = new LinkedHashMap<>();
    query.put("limit", Integer.toString(PAGE_SIZE));
    query.put("properties", String.join(",", wanted));
    if (after != null) {
      query.put("after", after);
    }
    JsonNode body = client.send(HubSpotCall.get("/crm/v3/objects/" + type.apiName(), query)).body();
    List<Change> changes = new ArrayList<>();
    for (JsonNode node : body.path("results")) {
      changes.add(Change.polled(HubSpotObject.from(node).toRecord(connection, type)));
    }
    String next = HubSpotJson.text(body.path("paging").path("next"), "after");
    return new ChangePage(changes, next, next != null);
  }
}
