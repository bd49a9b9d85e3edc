package io.revbridge.sandbox.salesforce;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fake org's state: records by object and id, open query cursors, the API request count. Every
 * method is synchronised; records leave only as copies.
 */
public final class SfOrg {
  public static final String ORG_ID = "00D000000000001AAA";
  public static final String INTEGRATION_USER = "005000000000001AAA";

  private final Clock clock;
  private final Map<String, TreeMap<String, SfRecord>> records = new LinkedHashMap<>();
  private final Map<String, Cursor> cursors = new HashMap<>();
  private final Map<String, Integer> idCounters = new HashMap<>();
  private final List<Map<String, String>> writeLog = new ArrayList<>();
  private long apiRequests;
  private Instant lastStamp = Instant.EPOCH;
  private int cursorCounter;

  SfOrg(Clock clock) {
    this.clock = clock;
  }

  /** A new id with the object's key prefix, 18 characters, in creation order. */
  synchronized String newId(String object) {
    String prefix = switch (object) {
      case "Lead" -> "00Q";
      case "Contact" -> "003";
      case "Account" -> "001";
      case "Opportunity" -> "006";
      case "OpportunityHistory" -> "008";
      case "User" -> "005";
      case "Task" -> "00T";
      case "Event" -> "00U";
      default -> "a00";
    };
    int n = idCounters.merge(object, 1, Integer::sum);
    return prefix + String.format("%012d", n) + "AAA";
  }

  /** The server's time, as getServerTimestamp answers it. */
  synchronized String now() {
    return clock.instant().toString();
  }

  /** Salesforce stamps whole seconds; a write never moves a record's stamp backwards. */
  synchronized Instant stamp() {
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    lastStamp = now.isAfter(lastStamp) ? now : lastStamp;
    return lastStamp;
  }

  synchronized SfRecord put(String object, Map<String, String> fields, Instant stamp) {
    SfRecord r = new SfRecord(object, newId(object), stamp);
    r.fields.putAll(fields);
    records.computeIfAbsent(object, o -> new TreeMap<>()).put(r.id, r);
    return r;
  }

  /**
   * Records an opportunity's stage as Salesforce does on every stage change: an OpportunityHistory row with the
   * opportunity's stage, amount, close date and probability at that moment.
   */
  synchronized void stageChanged(SfRecord opportunity, Instant at) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("OpportunityId", opportunity.id);
    for (String f : List.of("StageName", "Amount", "CloseDate", "Probability")) {
      if (opportunity.fields.get(f) != null) {
        row.put(f, opportunity.fields.get(f));
      }
    }
    row.put("CreatedDate", at.toString());
    put("OpportunityHistory", row, at);
  }

  synchronized SfRecord find(String object, String id) {
    TreeMap<String, SfRecord> all = records.get(object);
    return all == null ? null : all.get(id);
  }

  /** Matching records, deleted ones only for queryAll, sorted and limited as the query says. */
  synchronized List<SfRecord> select(SoqlQuery q, boolean includeDeleted) {
    List<SfRecord> rows = new ArrayList<>();
    for (SfRecord r : records.getOrDefault(q.object(), new TreeMap<>()).values()) {
      if ((includeDeleted || !r.deleted) && q.where().test(r)) {
        rows.add(r.copy());
      }
    }
    Comparator<SfRecord> order = (a, b) -> 0;
    for (SoqlQuery.Order o : q.orderBy()) {
      String type = SfSchema.fields(q.object()).stream().filter(f -> f.name().equals(o.field())).findFirst()
          .orElseThrow().type();
      Comparator<SfRecord> c = (a, b) -> SoqlParser.compare(type, a.get(o.field()), b.get(o.field()));
      order = order.thenComparing(o.ascending() ? c : c.reversed());
    }
    rows.sort(order);
    return q.limit() >= 0 && rows.size() > q.limit() ? new ArrayList<>(rows.subList(0, q.limit())) : rows;
  }

  /** The rows a query has not answered yet, the fields it selected, and its total size. */
  record Cursor(List<String> fields, List<SfRecord> rows, int total) {}

  synchronized String openCursor(List<String> fields, List<SfRecord> rest, int total) {
    String locator = "01g" + String.format("%015d", ++cursorCounter);
    cursors.put(locator, new Cursor(fields, rest, total));
    return locator;
  }

  /** Each locator is good for one queryMore. */
  synchronized Cursor takeCursor(String locator) {
    Cursor rest = cursors.remove(locator);
    if (rest == null) {
      throw SfFault.unexpected("INVALID_QUERY_LOCATOR", "invalid query locator");
    }
    return rest;
  }

  synchronized long countRequest() {
    return ++apiRequests;
  }

  public synchronized long apiRequests() {
    return apiRequests;
  }

  synchronized void logWrite(String operation, SfRecord r, Map<String, String> values) {
    Map<String, String> entry = new LinkedHashMap<>(values);
    entry.put("_operation", operation);
    entry.put("_type", r.type);
    entry.put("_id", r.id);
    writeLog.add(entry);
  }

  public synchronized List<Map<String, String>> writes() {
    return List.copyOf(writeLog);
  }

  /** Every record of an object, deleted included, as field maps with Id and SystemModstamp. */
  public synchronized List<Map<String, String>> records(String object) {
    List<Map<String, String>> out = new ArrayList<>();
    for (SfRecord r : records.getOrDefault(object, new TreeMap<>()).values()) {
      Map<String, String> m = new LinkedHashMap<>(r.fields);
      m.put("Id", r.id);
      m.put("SystemModstamp", r.systemModstamp.toString());
      m.put("IsDeleted", Boolean.toString(r.deleted));
      out.add(m);
    }
    return out;
  }

  /** Moves a record to the Recycle Bin: only queryAll sees it then, with IsDeleted = true. */
  public synchronized void delete(String object, String id) {
    SfRecord r = find(object, id);
    if (r != null) {
      r.deleted = true;
      r.systemModstamp = stamp();
    }
  }

  /** Changes a record as a person in Salesforce would, bumping its SystemModstamp. */
  public synchronized void edit(String object, String id, Map<String, String> values) {
    String stage = find(object, id) == null ? null : find(object, id).fields.get("StageName");
    amendSeed(object, id, values);
    SfRecord r = find(object, id);
    r.systemModstamp = stamp();
    if (object.equals("Opportunity") && values.containsKey("StageName")
        && !java.util.Objects.equals(stage, values.get("StageName"))) {
      stageChanged(r, r.systemModstamp);
    }
  }

  /**
   * Changes a seeded record as if it had been seeded that way: its SystemModstamp stays, so a poll reads it
   * with the rest of the seed instead of after the change feed's settle delay.
   */
  public synchronized void amendSeed(String object, String id, Map<String, String> values) {
    SfRecord r = find(object, id);
    if (r == null) {
      throw new java.util.NoSuchElementException("no " + object + " " + id);
    }
    r.fields.putAll(values);
  }
}
