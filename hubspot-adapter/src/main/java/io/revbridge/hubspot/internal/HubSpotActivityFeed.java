package io.revbridge.hubspot.internal;

import io.revbridge.model.Activity;
import io.revbridge.model.RecordRef;
import io.revbridge.spi.ActivityFeed;
import io.revbridge.spi.ActivityPage;
import io.revbridge.spi.ChangePage;
import io.revbridge.spi.CrmRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * HubSpot's calls, emails, meetings and tasks, read like CRM records: the keyset search on
 * {@code hs_lastmodifieddate} (with its 10,000-result and shared-timestamp handling), then one v4 association batch
 * read per page for contacts and one for deals, since search returns no associations (api-notes §1, §6). Each
 * object is its own feed with its own cursor. Thread-safe (stateless; the state is the cursor).
 */
public final class HubSpotActivityFeed implements ActivityFeed {
  private final String connection;
  private final HubSpotChangeFeed records;
  private final HubSpotAssociations associations;

  public HubSpotActivityFeed(String connection, HubSpotChangeFeed records, HubSpotAssociations associations) {
    this.connection = connection;
    this.records = records;
    this.associations = associations;
  }

  @Override
  public List<String> objectTypes() {
    return Arrays.stream(HubSpotActivityType.values()).map(HubSpotActivityType::apiName).toList();
  }

  @Override
  public ActivityPage poll(String objectType, String cursor) {
    HubSpotActivityType type = HubSpotActivityType.require(objectType);
    ChangePage page = records.keysetPage(type, cursor, type.properties());
    List<CrmRecord> found = page.changes().stream().flatMap(c -> c.record().stream()).toList();
    List<String> ids = found.stream().map(r -> r.ref().id()).distinct().toList();
    Map<String, List<String>> contacts = ids.isEmpty() ? Map.of()
        : associations.read(type, HubSpotObjectType.CONTACTS, ids);
    Map<String, List<String>> deals = ids.isEmpty() ? Map.of() : associations.read(type, HubSpotObjectType.DEALS, ids);
    List<Activity> activities = new ArrayList<>();
    for (CrmRecord r : found) {
      activities.add(activity(type, r, contacts.getOrDefault(r.ref().id(), List.of()),
          deals.getOrDefault(r.ref().id(), List.of())));
    }
    return new ActivityPage(activities, page.nextCursor(), page.hasMore(), page.heldBack());
  }

  private Activity activity(HubSpotActivityType type, CrmRecord r, List<String> contactIds, List<String> dealIds) {
    Map<String, String> p = r.fields();
    Instant occurred = HubSpotObject.parseTime(type.occurredAt(p));
    return new Activity(r.ref(), type.type(), blankToNull(p.get(HubSpotActivityType.OWNER)),
        refs(HubSpotObjectType.CONTACTS, contactIds), refs(HubSpotObjectType.DEALS, dealIds),
        occurred == null ? r.modifiedAt() : occurred, type.direction(p), type.outcome(p), type.subject(p),
        type.completed(p), type.byRevbridge(p), r.modifiedAt());
  }

  private List<RecordRef> refs(HubSpotObjectType to, List<String> ids) {
    return ids.stream().map(id -> new RecordRef(connection, to.apiName(), id)).toList();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
