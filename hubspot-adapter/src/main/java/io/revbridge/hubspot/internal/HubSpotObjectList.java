package io.revbridge.hubspot.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.revbridge.spi.Change;
import io.revbridge.spi.ChangePage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
    Page page = fetch(client, type, Map.of("properties", String.join(",", wanted)), after);
    List<Change> changes = new ArrayList<>();
    for (JsonNode node : page.results()) {
      changes.add(Change.polled(HubSpotObject.from(node).toRecord(connection, type)));
    }
    return new ChangePage(changes, page.next(), page.next() != null);
  }

  /** One page of the list: its records as HubSpot sent them, and the {@code after} of the next page (null: none). */
  record Page(JsonNode results, String next) {}

  /**
   * Reads the page after {@code after} (null: the first) of {@code GET /crm/v3/objects/{type}}, {@link #PAGE_SIZE}
   * records, with the query's other parameters ({@code properties}, {@code archived}).
   */
  static Page fetch(HubSpotClient client, HubSpotObjectType type, Map<String, String> query, String after) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("limit", Integer.toString(PAGE_SIZE));
    params.putAll(new TreeMap<>(query)); // the same URL for the same query, whatever order the map keeps
    if (after != null) {
      params.put("after", after);
    }
    JsonNode body = client.send(HubSpotCall.get("/crm/v3/objects/" + type.apiName(), params)).body();
    return new Page(body.path("results"), HubSpotJson.text(body.path("paging").path("next"), "after"));
  }
}
