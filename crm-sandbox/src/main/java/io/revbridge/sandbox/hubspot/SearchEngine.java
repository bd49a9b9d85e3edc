package io.revbridge.sandbox.hubspot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.revbridge.sandbox.SandboxRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Runs a search against one store. The common sync query (last-modified range, sorted by last-modified or
 * by id) walks the matching slice of an index in order and stops collecting after the page, so a page over
 * 100,000 records costs one pass of cheap comparisons. Other sorts collect the matches and sort them.
 * Ties in any sort are broken by id ascending. Archived records never match.
 */
final class SearchEngine {
  private static final Map<ObjectType, List<String>> QUERY_PROPERTIES = Map.of(
      ObjectType.CONTACTS, List.of("firstname", "lastname", "email", "phone", "company"),
      ObjectType.COMPANIES, List.of("name", "domain", "website", "phone"),
      ObjectType.DEALS, List.of("dealname"),
      ObjectType.TASKS, List.of("hs_task_subject", "hs_task_body"),
      ObjectType.CALLS, List.of("hs_call_title", "hs_call_body"),
      ObjectType.EMAILS, List.of("hs_email_subject", "hs_email_text"),
      ObjectType.MEETINGS, List.of("hs_meeting_title", "hs_meeting_body"));

  private enum Order { ID, MODIFIED, OTHER }

  private record Page(long total, List<SandboxRecord> records) {}

  private record Keyed(Object key, StoredRecord record) {}

  private final HubSpotCrm crm;

  SearchEngine(HubSpotCrm crm) {
    this.crm = crm;
  }

  ObjectNode search(ObjectType type, SearchQuery q) {
    ObjectStore store = crm.store(type);
    PropertyCatalog catalog = store.catalog();
    List<List<CompiledFilter>> groups = new ArrayList<>();
    for (List<SearchQuery.FilterSpec> g : q.groups()) {
      groups.add(g.stream().map(f -> FilterCompiler.compile(f, catalog)).toList());
    }
    PropertyDef sortDef = q.sort() == null ? null : catalog.get(q.sort().propertyName());
    boolean desc = q.sort() != null && q.sort().descending();
    Order requested = q.sort() == null ? Order.ID
        : sortDef != null && !desc && sortDef.derived() == Derived.ID ? Order.ID
        : sortDef != null && !desc && sortDef.derived() == Derived.MODIFIED ? Order.MODIFIED : Order.OTHER;
    CompiledFilter.Range mod = groups.size() == 1 ? range(groups.get(0), CompiledFilter::modifiedRange) : null;
    CompiledFilter.Range ids = groups.size() == 1 ? range(groups.get(0), CompiledFilter::idRange) : null;
    // A modified-time range is answered by walking that slice of the index, so its filters need no re-check.
    Predicate<StoredRecord> match = matcher(type, catalog, mod == null ? groups
        : List.of(groups.get(0).stream().filter(f -> f.modifiedRange() == null).toList()), q.query());

    Page page = store.read(() -> {
      Iterable<StoredRecord> candidates;
      Order natural;
      boolean pointInTime = false;
      if (mod != null) {
        if (mod.empty()) {
          return new Page(0, List.of());
        }
        candidates = store.liveByModified().subSet(StoredRecord.probe(mod.lo(), Long.MIN_VALUE), true,
            StoredRecord.probe(mod.hi(), Long.MAX_VALUE), true);
        natural = Order.MODIFIED;
        pointInTime = mod.point();
      } else if (requested == Order.MODIFIED) {
        candidates = store.liveByModified();
        natural = Order.MODIFIED;
      } else if (ids != null) {
        if (ids.empty()) {
          return new Page(0, List.of());
        }
        candidates = store.byId().subMap(ids.lo(), true, ids.hi(), true).values();
        natural = Order.ID;
      } else {
        candidates = store.byId().values();
        natural = Order.ID;
      }
      // Within one modified instant the index is in id order, so it serves both orders.
      boolean inOrder = requested != Order.OTHER && (requested == natural || pointInTime);
      return inOrder ? streamPage(type, candidates, match, q) : sortedPage(type, candidates, match, q, sortDef, desc);
    });
    return render(type, catalog, q, page);
  }

  private Page streamPage(ObjectType type, Iterable<StoredRecord> candidates, Predicate<StoredRecord> match,
      SearchQuery q) {
    long total = 0;
    List<SandboxRecord> records = new ArrayList<>(Math.min(q.limit(), 256));
    for (StoredRecord r : candidates) {
      if (match.test(r)) {
        if (total >= q.after() && records.size() < q.limit()) {
          records.add(crm.snapshot(type, r));
        }
        total++;
      }
    }
    return new Page(total, records);
  }

  private Page sortedPage(ObjectType type, Iterable<StoredRecord> candidates, Predicate<StoredRecord> match,
      SearchQuery q, PropertyDef sortDef, boolean desc) {
    List<Keyed> matches = new ArrayList<>();
    for (StoredRecord r : candidates) {
      if (match.test(r)) {
        matches.add(new Keyed(sortKey(r, sortDef), r));
      }
    }
    @SuppressWarnings({"unchecked", "rawtypes"})
    Comparator<Object> natural = (a, b) -> ((Comparable) a).compareTo(b);
    Comparator<Object> byKey = Comparator.nullsLast(desc ? natural.reversed() : natural);
    matches.sort(Comparator.comparing(Keyed::key, byKey).thenComparingLong(k -> k.record().id()));
    List<SandboxRecord> records = new ArrayList<>();
    for (int i = q.after(); i < matches.size() && records.size() < q.limit(); i++) {
      records.add(crm.snapshot(type, matches.get(i).record()));
    }
    return new Page(matches.size(), records);
  }

  /** Number, instant or lower-cased text, so that mixed types never meet in one comparison. */
  private static Object sortKey(StoredRecord r, PropertyDef def) {
    if (def == null) {
      return null;
    }
    if (def.isTemporal() || def.derived() == Derived.CREATED || def.derived() == Derived.MODIFIED) {
      return RecordValues.millis(r, def);
    }
    if (def.isNumber()) {
      return RecordValues.number(r, def);
    }
    String v = RecordValues.value(r, def);
    return v == null ? null : v.toLowerCase(Locale.ROOT);
  }

  private static Predicate<StoredRecord> matcher(ObjectType type, PropertyCatalog catalog,
      List<List<CompiledFilter>> groups, String query) {
    Predicate<StoredRecord> text = textQuery(type, catalog, query);
    return r -> {
      if (r.archived() || !text.test(r)) {
        return false;
      }
      if (groups.isEmpty()) {
        return true;
      }
      for (List<CompiledFilter> group : groups) {
        boolean all = true;
        for (CompiledFilter f : group) {
          if (!f.test().test(r)) {
            all = false;
            break;
          }
        }
        if (all) {
          return true;
        }
      }
      return false;
    };
  }

  /** The free-text {@code query}: a case-insensitive substring of one of the type's main text properties. */
  private static Predicate<StoredRecord> textQuery(ObjectType type, PropertyCatalog catalog, String query) {
    if (query == null || query.isBlank()) {
      return r -> true;
    }
    String needle = query.trim().toLowerCase(Locale.ROOT);
    List<PropertyDef> defs = QUERY_PROPERTIES.get(type).stream().map(catalog::get).toList();
    return r -> defs.stream().map(d -> RecordValues.value(r, d))
        .anyMatch(v -> v != null && v.toLowerCase(Locale.ROOT).contains(needle));
  }

  private static CompiledFilter.Range range(List<CompiledFilter> group,
      Function<CompiledFilter, CompiledFilter.Range> which) {
    CompiledFilter.Range r = null;
    for (CompiledFilter f : group) {
      CompiledFilter.Range x = which.apply(f);
      if (x != null) {
        r = r == null ? x : r.intersect(x);
      }
    }
    return r;
  }

  private static ObjectNode render(ObjectType type, PropertyCatalog catalog, SearchQuery q, Page page) {
    Set<String> names = RecordJson.select(type, catalog, q.properties());
    ObjectNode body = Json.object();
    body.put("total", page.total());
    ArrayNode results = body.putArray("results");
    page.records().forEach(r -> results.add(RecordJson.render(r, names)));
    long next = (long) q.after() + q.limit();
    if (q.limit() > 0 && next < page.total()) {
      body.putObject("paging").putObject("next").put("after", Long.toString(next));
    }
    return body;
  }
}
