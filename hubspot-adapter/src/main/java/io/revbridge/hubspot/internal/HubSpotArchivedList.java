package io.revbridge.hubspot.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.revbridge.model.RecordRef;
import io.revbridge.spi.Change;
import io.revbridge.spi.ChangeKind;
import io.revbridge.spi.ChangePage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The recycle bin: {@code GET /crm/v3/objects/{type}?archived=true}, 100 per page, paged by HubSpot's
 * opaque {@code after}. Search never returns archived records and archiving does not bump the modified
 * date (api-notes §1), so this list is how polling learns of deletions; it cannot be filtered by time, so
 * a scan reads it whole. Each record becomes a DELETE change at its {@code archivedAt}, keyed by id and
 * that time, so a second scan queues nothing new. Thread-safe (stateless).
 */
public final class HubSpotArchivedList {
  private final String connection;
  private final HubSpotClient client;

  public HubSpotArchivedList(String connection, HubSpotClient client) {
    this.connection = connection;
    this.client = client;
  }

  public ChangePage page(String objectType, String after) {
    HubSpotObjectType type = HubSpotObjectType.require(objectType);
    HubSpotObjectList.Page page =
        HubSpotObjectList.fetch(client, type, Map.of("archived", "true", "properties", "hs_object_id"), after);
    List<Change> changes = new ArrayList<>();
    for (JsonNode node : page.results()) {
      String id = HubSpotJson.text(node, "id");
      Instant archivedAt = HubSpotObject.parseTime(HubSpotJson.text(node, "archivedAt"));
      if (archivedAt == null) {
        archivedAt = HubSpotObject.parseTime(HubSpotJson.text(node, "updatedAt"));
      }
      if (id == null || archivedAt == null) {
        continue; // not a record we could ever have written to
      }
      RecordRef ref = new RecordRef(connection, type.apiName(), id);
      changes.add(new Change(ref, ChangeKind.DELETE, archivedAt,
          "archived:" + ref.key() + "@" + archivedAt.toEpochMilli(), Optional.empty()));
    }
    return new ChangePage(changes, page.next(), page.next() != null);
  }
}
