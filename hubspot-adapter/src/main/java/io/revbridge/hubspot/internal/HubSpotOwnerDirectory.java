package io.revbridge.hubspot.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.revbridge.model.Owner;
import io.revbridge.model.RecordRef;
import io.revbridge.spi.OwnerDirectory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Owners from {@code GET /crm/v3/owners}: the active ones ({@code archived=false}) and the deactivated
 * ones ({@code archived=true}, kept so history still names them), sorted by id. Reads every page on each
 * call; caching is the engine's business. Thread-safe.
 */
public final class HubSpotOwnerDirectory implements OwnerDirectory {
  private final String connection;
  private final HubSpotClient client;

  public HubSpotOwnerDirectory(String connection, HubSpotClient client) {
    this.connection = connection;
    this.client = client;
  }

  @Override
  public List<Owner> owners() {
    Map<String, Owner> byId = new LinkedHashMap<>();
    fetch(false).forEach(o -> byId.put(o.id(), o));
    fetch(true).forEach(o -> byId.putIfAbsent(o.id(), o)); // active wins if HubSpot lists one in both
    List<Owner> owners = new ArrayList<>(byId.values());
    owners.sort((a, b) -> HubSpotChangeFeed.compareIds(a.id(), b.id()));
    return owners;
  }

  private List<Owner> fetch(boolean archived) {
    List<Owner> owners = new ArrayList<>();
    Set<String> pagesSeen = new HashSet<>();
    String after = null;
    do {
      Map<String, String> query = new LinkedHashMap<>();
      query.put("limit", "100");
      query.put("archived", Boolean.toString(archived));
      if (after != null) {
        query.put("after", after);
      }
      JsonNode body = client.send(HubSpotCall.get("/crm/v3/owners", query)).body();
      body.path("results").forEach(node -> owners.add(owner(node, archived)));
      after = HubSpotJson.text(body.path("paging").path("next"), "after");
    } while (after != null && pagesSeen.add(after)); // a repeated page token would loop forever
    return owners;
  }

  private Owner owner(JsonNode node, boolean archivedList) {
    Instant updated = HubSpotObject.parseTime(HubSpotJson.text(node, "updatedAt"));
    boolean archived = archivedList || node.path("archived").asBoolean(false);
    return new Owner(
        new RecordRef(connection, "owners", HubSpotJson.text(node, "id")),
        updated == null ? Instant.EPOCH : updated,
        HubSpotJson.text(node, "email"),
        HubSpotJson.text(node, "firstName"),
        HubSpotJson.text(node, "lastName"),
        !archived);
  }
}
