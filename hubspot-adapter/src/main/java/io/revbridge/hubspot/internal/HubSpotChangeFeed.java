package io.revbridge.hubspot.internal;

import io.revbridge.spi.Change;
import io.revbridge.spi.ChangeFeed;
import io.revbridge.spi.ChangePage;
import io.revbridge.spi.CrmRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Polls HubSpot by keyset, never by offset. Offset paging ({@code after}) over a result set sorted by
 * modified date skips a record whenever an earlier one is modified mid-sync, and one query stops at
 * 10,000 results. So every poll is a fresh search from the cursor's watermark:
 *
 * <ul>
 *   <li><b>Sweep:</b> {@code modified >= ts}, ascending, 200 per page; records at exactly {@code ts}
 *       already emitted (the cursor's ids) are dropped; the next watermark is the page's largest
 *       modified time with the ids emitted at that time.
 *   <li><b>Drain:</b> a full page entirely at the watermark means more than a page of records share one
 *       timestamp (HubSpot bulk edits). Then that timestamp is read by id: {@code modified == ts AND
 *       hs_object_id > afterId}, sorted by id, until a short page; the sweep resumes at {@code ts + 1}.
 * </ul>
 *
 * Every full page either raises the watermark or raises {@code afterId}, so the feed always advances.
 * Thread-safe (stateless; the state is the cursor).
 */
public final class HubSpotChangeFeed implements ChangeFeed {
  public static final int PAGE_SIZE = 200;
  static final String ID = "hs_object_id";

  private final String connection;
  private final HubSpotSearch search;
  private final HubSpotArchivedList archived;
  private final HubSpotAssociations associations;
  private final HubSpotObjectList listing;

  public HubSpotChangeFeed(String connection, HubSpotSearch search) {
    this(connection, search, null, null);
  }

  /**
   * @param archived the recycle-bin listing for {@link #deletions}; null means deletions are not listed
   * @param associations reads association fields ({@code associations.companies}) for each page; null means a
   *     mapping that asks for them is refused
   */
  public HubSpotChangeFeed(
      String connection, HubSpotSearch search, HubSpotArchivedList archived, HubSpotAssociations associations) {
    this(connection, search, archived, associations, null);
  }

  /** @param listing reads objects whole for {@link #list}; null means the change feed from its start does */
  public HubSpotChangeFeed(String connection, HubSpotSearch search, HubSpotArchivedList archived,
      HubSpotAssociations associations, HubSpotObjectList listing) {
    this.connection = connection;
    this.search = search;
    this.archived = archived;
    this.associations = associations;
    this.listing = listing;
  }

  /** The plain list, which spares the search limit; a mapping that reads association fields takes the feed. */
  @Override
  public ChangePage list(String objectType, String cursor, Set<String> fields) {
    if (listing == null || !HubSpotAssociations.targets(fields).isEmpty()) {
      return ChangeFeed.super.list(objectType, cursor, fields);
    }
    return listing.page(objectType, cursor, HubSpotAssociations.properties(fields));
  }

  @Override
  public ChangePage deletions(String objectType, String cursor) {
    return archived == null ? ChangeFeed.super.deletions(objectType, cursor) : archived.page(objectType, cursor);
  }

  @Override
  public ChangePage poll(String objectType, String cursor, Set<String> fields) {
    HubSpotObjectType type = HubSpotObjectType.require(objectType);
    if (associations == null && !HubSpotAssociations.targets(fields).isEmpty()) {
      throw new IllegalArgumentException("this change feed cannot read association fields " + fields);
    }
    Set<String> properties = HubSpotAssociations.properties(fields);
    ChangePage page = keysetPage(type, cursor, properties);
    return associations == null ? page : withAssociations(type, page, fields);
  }

  /**
   * The next page of any searchable object after the cursor, by the keyset rules above, with the given properties
   * (no association pseudo-fields). The activity feed reads calls, emails, meetings and tasks through it.
   */
  ChangePage keysetPage(HubSpotSearchable type, String cursor, Set<String> properties) {
    HubSpotCursor at = HubSpotCursor.decode(cursor);
    return at.draining() ? drain(type, at, properties) : sweep(type, at, properties);
  }

  /** Search returns no associations: one batch read per target type for the whole page adds them. */
  private ChangePage withAssociations(HubSpotObjectType type, ChangePage page, Set<String> fields) {
    List<CrmRecord> records = page.changes().stream().flatMap(c -> c.record().stream()).toList();
    List<CrmRecord> complete = associations.attach(type, records, fields);
    if (complete == records) {
      return page;
    }
    return new ChangePage(complete.stream().map(Change::polled).toList(), page.nextCursor(), page.hasMore());
  }

  private ChangePage sweep(HubSpotSearchable type, HubSpotCursor at, Set<String> fields) {
    String modified = type.modifiedProperty();
    List<HubSpotObject> page =
        search.search(type, request(type, fields, modified,
            List.of(new HubSpotSearchRequest.Filter(modified, "GTE", Long.toString(at.ts())))));
    boolean full = page.size() >= PAGE_SIZE;
    if (full && page.stream().allMatch(o -> millis(o, type) == at.ts())) {
      return drain(type, new HubSpotCursor(at.ts(), at.ids(), "0"), fields);
    }
    long next = page.stream().mapToLong(o -> millis(o, type)).max().orElse(at.ts());
    if (full && next <= at.ts()) {
      throw stuck(type, "a full page modified before " + at.ts());
    }
    Set<String> seenAtTs = new HashSet<>(at.ids());
    Set<String> emitted = new HashSet<>();
    Set<String> idsAtNext = new LinkedHashSet<>(next == at.ts() ? at.ids() : List.of());
    List<Change> changes = new ArrayList<>();
    for (HubSpotObject o : page) {
      long m = millis(o, type);
      boolean seen = m == at.ts() && seenAtTs.contains(o.id());
      if (m >= at.ts() && !seen && emitted.add(o.id())) {
        changes.add(Change.polled(o.toRecord(connection, type)));
      }
      if (m == next) {
        idsAtNext.add(o.id());
      }
    }
    return new ChangePage(changes, new HubSpotCursor(next, List.copyOf(idsAtNext), null).encode(), full);
  }

  private ChangePage drain(HubSpotSearchable type, HubSpotCursor at, Set<String> fields) {
    String modified = type.modifiedProperty();
    List<HubSpotObject> page =
        search.search(type, request(type, fields, ID, List.of(
            new HubSpotSearchRequest.Filter(modified, "EQ", Long.toString(at.ts())),
            new HubSpotSearchRequest.Filter(ID, "GT", at.afterId()))));
    List<Change> changes = new ArrayList<>();
    String lastId = at.afterId();
    Set<String> seenAtTs = new HashSet<>(at.ids());
    Set<String> emitted = new HashSet<>();
    for (HubSpotObject o : page) {
      if (compareIds(o.id(), lastId) > 0) {
        lastId = o.id();
      }
      if (millis(o, type) == at.ts() && !seenAtTs.contains(o.id()) && emitted.add(o.id())) {
        changes.add(Change.polled(o.toRecord(connection, type)));
      }
    }
    if (page.size() == PAGE_SIZE && lastId.equals(at.afterId())) {
      throw stuck(type, "a full page with no hs_object_id above " + at.afterId());
    }
    if (page.size() < PAGE_SIZE) {
      // This timestamp is exhausted. HubSpot stamps changes with the current time, so no record gains
      // this timestamp later (search-index lag aside, see README): resume just after it.
      return new ChangePage(changes, new HubSpotCursor(at.ts() + 1, List.of(), null).encode(), true);
    }
    String after = lastId;
    List<String> stillAhead = at.ids().stream().filter(id -> compareIds(id, after) > 0).toList();
    return new ChangePage(changes, new HubSpotCursor(at.ts(), stillAhead, after).encode(), true);
  }

  private static HubSpotSearchRequest request(
      HubSpotSearchable type, Set<String> fields, String sort, List<HubSpotSearchRequest.Filter> filters) {
    Set<String> properties = new TreeSet<>(fields);
    properties.add(type.modifiedProperty());
    properties.add(ID);
    return new HubSpotSearchRequest(filters, sort, List.copyOf(properties), PAGE_SIZE);
  }

  private static long millis(HubSpotObject o, HubSpotSearchable type) {
    return o.modifiedAt(type).toEpochMilli();
  }

  /** A search that ignores its filters would make the feed loop; better to stop and say so. */
  private static IllegalStateException stuck(HubSpotSearchable type, String what) {
    return new IllegalStateException("HubSpot " + type.apiName() + " search returned " + what
        + ", so the change feed cannot advance; the search endpoint is not applying its filters");
  }

  /** HubSpot ids are numbers as text: compare them as numbers (a shorter one is smaller, "9" < "10"). */
  static int compareIds(String a, String b) {
    if (a.length() != b.length() && isDigits(a) && isDigits(b)) {
      return Integer.compare(a.length(), b.length());
    }
    return a.compareTo(b);
  }

  private static boolean isDigits(String s) {
    return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
  }
}
