package io.revbridge.hubspot.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * An in-memory HubSpot search over one object type, faithful where the feed's correctness depends on it:
 * filters ANDed, one ascending sort, at most 200 per page, the 10,000-result cap, and records that share
 * a sort value come back in an order that changes from call to call (HubSpot promises none). Records can
 * be modified between calls, which moves them to a later timestamp, as in a live portal.
 */
final class FakeHubSpotSearch implements HubSpotSearch {
  private final HubSpotObjectType type;
  private final Map<Long, Long> modifiedById = new HashMap<>();
  private final TreeMap<Long, TreeMap<Long, Long>> idsByTime = new TreeMap<>(); // ts -> id -> id
  private final List<HubSpotSearchRequest> requests = new ArrayList<>();
  private final Random shuffle = new Random(7);

  FakeHubSpotSearch(HubSpotObjectType type) {
    this.type = type;
  }

  synchronized void put(long id, long modifiedMillis) {
    Long old = modifiedById.put(id, modifiedMillis);
    if (old != null) {
      idsByTime.get(old).remove(id);
    }
    idsByTime.computeIfAbsent(modifiedMillis, t -> new TreeMap<>()).put(id, id);
  }

  synchronized List<HubSpotSearchRequest> requests() {
    return List.copyOf(requests);
  }

  @Override
  public synchronized List<HubSpotObject> search(HubSpotSearchable asked, HubSpotSearchRequest request) {
    if (asked != type || request.limit() > 200) {
      throw new IllegalArgumentException("fake HubSpot refuses " + asked + " limit " + request.limit());
    }
    requests.add(request);
    Predicate<long[]> matches = record -> true; // record = {id, modified}
    for (HubSpotSearchRequest.Filter f : request.filters()) {
      matches = matches.and(filter(f));
    }
    List<long[]> hits = new ArrayList<>();
    NavigableMap<Long, TreeMap<Long, Long>> range = timeRange(request.filters());
    if (request.sortProperty().equals(type.modifiedProperty())) {
      for (TreeMap<Long, Long> tie : range.values()) {
        List<Long> ids = new ArrayList<>(tie.keySet());
        Collections.shuffle(ids, shuffle);
        for (Long id : ids) {
          long[] record = {id, modifiedById.get(id)};
          if (matches.test(record)) {
            hits.add(record);
          }
        }
        if (hits.size() >= request.limit()) {
          break;
        }
      }
    } else if (request.sortProperty().equals("hs_object_id")) {
      NavigableMap<Long, Long> byId = range.size() == 1 ? range.firstEntry().getValue() : new TreeMap<>();
      if (range.size() != 1) {
        range.values().forEach(byId::putAll);
      }
      for (Long id : byId.keySet()) {
        long[] record = {id, modifiedById.get(id)};
        if (matches.test(record)) {
          hits.add(record);
          if (hits.size() >= request.limit()) {
            break;
          }
        }
      }
    } else {
      throw new IllegalArgumentException("fake HubSpot cannot sort by " + request.sortProperty());
    }
    List<HubSpotObject> page = new ArrayList<>();
    for (long[] record : hits.subList(0, Math.min(hits.size(), request.limit()))) {
      Map<String, String> properties = new LinkedHashMap<>();
      properties.put("hs_object_id", Long.toString(record[0]));
      properties.put(type.modifiedProperty(), Instant.ofEpochMilli(record[1]).toString());
      properties.put("email", "person" + record[0] + "@example.com");
      page.add(new HubSpotObject(Long.toString(record[0]), properties, false, null));
    }
    return page;
  }

  /** The slice of the time index the modified-date filters allow; the full predicate still applies. */
  private NavigableMap<Long, TreeMap<Long, Long>> timeRange(List<HubSpotSearchRequest.Filter> filters) {
    NavigableMap<Long, TreeMap<Long, Long>> range = idsByTime;
    for (HubSpotSearchRequest.Filter f : filters) {
      if (f.propertyName().equals(type.modifiedProperty())) {
        long value = Long.parseLong(f.value());
        range = switch (f.operator()) {
          case "EQ" -> range.subMap(value, true, value, true);
          case "GT" -> range.tailMap(value, false);
          case "GTE" -> range.tailMap(value, true);
          default -> range;
        };
      }
    }
    return range;
  }

  private Predicate<long[]> filter(HubSpotSearchRequest.Filter f) {
    int field = f.propertyName().equals("hs_object_id") ? 0
        : f.propertyName().equals(type.modifiedProperty()) ? 1 : -1;
    if (field < 0) {
      throw new IllegalArgumentException("fake HubSpot cannot filter on " + f.propertyName());
    }
    long value = Long.parseLong(f.value());
    return switch (f.operator()) {
      case "EQ" -> r -> r[field] == value;
      case "GT" -> r -> r[field] > value;
      case "GTE" -> r -> r[field] >= value;
      default -> throw new IllegalArgumentException("fake HubSpot has no operator " + f.operator());
    };
  }
}
