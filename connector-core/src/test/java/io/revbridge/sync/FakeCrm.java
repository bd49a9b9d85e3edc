package io.revbridge.sync;

import io.revbridge.model.Owner;
import io.revbridge.model.RecordRef;
import io.revbridge.spi.Capability;
import io.revbridge.spi.Change;
import io.revbridge.spi.ChangeFeed;
import io.revbridge.spi.ChangePage;
import io.revbridge.spi.CheckItem;
import io.revbridge.spi.CheckReport;
import io.revbridge.spi.CrmConnection;
import io.revbridge.spi.CrmError;
import io.revbridge.spi.CrmRecord;
import io.revbridge.spi.FieldSpec;
import io.revbridge.spi.FieldStatus;
import io.revbridge.spi.FieldWrite;
import io.revbridge.spi.OwnerDirectory;
import io.revbridge.spi.RecordReader;
import io.revbridge.spi.RecordWriter;
import io.revbridge.spi.SchemaAdmin;
import io.revbridge.spi.TaskSpec;
import io.revbridge.spi.WebhookReceiver;
import io.revbridge.spi.WriteResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * An in-memory CRM speaking the SPI: records change their modified time on every accepted write, the
 * feed pages by (modified, id), and every call is recorded. Ids listed in {@link #rejectWritesTo} fail
 * their write with a validation error, as a CRM would for a bad value. Its SPI methods are synchronized:
 * several engines (instances) may share one fake, and an engine reads ahead and writes on other threads while a
 * pass runs.
 */
final class FakeCrm implements CrmConnection, ChangeFeed, RecordReader, RecordWriter, SchemaAdmin {
  static final int PAGE = 50;
  private volatile boolean holdBackBacklog;

  final String name;
  final Map<String, Map<String, CrmRecord>> records = new TreeMap<>();
  final List<Owner> ownerList = new ArrayList<>();
  final List<List<FieldWrite>> updateCalls = new ArrayList<>();
  final List<TaskSpec> tasks = new ArrayList<>();
  final Set<String> rejectWritesTo = new HashSet<>();
  /** Ids whose writes are answered "record gone" (deleted or merged away in the CRM). */
  final Set<String> goneRecords = new HashSet<>();
  final Set<String> fields = new HashSet<>();
  /** Runs on every read, e.g. to let a webhook arrive while the engine is busy. */
  Runnable onRead = () -> { };
  /** Runs whenever the owner list is read: once per pass, when the first batch that routes is planned. */
  Runnable onOwners = () -> { };
  /** Runs after a batch update was applied, before its results are returned (a crash goes here). */
  Runnable afterUpdate = () -> { };
  final Map<String, Integer> readCalls = new HashMap<>();
  /** The next poll of an object type fails with the exception given for it, once. */
  final Map<String, RuntimeException> failNextPollOf = new HashMap<>();
  /** When set, every poll and write fails with it (a CRM that says "wait"). */
  RuntimeException failAllCallsWith;
  /** Archived records by type: id → when, as the CRM's recycle bin lists them. */
  final Map<String, Map<String, Instant>> archived = new TreeMap<>();
  private long clock = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
  /** Poll calls answered, per object type. */
  final Map<String, Integer> pollCalls = new HashMap<>();

  /** Stamps every later change (records put, writes accepted) from {@code at} on, 1 ms apart. */
  synchronized void stampFrom(Instant at) {
    clock = at.toEpochMilli();
  }

  FakeCrm(String name) {
    this.name = name;
  }

  synchronized CrmRecord put(String type, String id, Map<String, String> values) {
    CrmRecord r = new CrmRecord(new RecordRef(name, type, id), Instant.ofEpochMilli(++clock), values, false);
    records.computeIfAbsent(type, t -> new LinkedHashMap<>()).put(id, r);
    return r;
  }

  /** Moves the record to the recycle bin: no longer polled or read, listed by {@link #deletions}. */
  synchronized void archive(String type, String id) {
    records.get(type).remove(id);
    archived.computeIfAbsent(type, t -> new LinkedHashMap<>()).put(id, Instant.ofEpochMilli(++clock));
  }

  @Override
  public synchronized ChangePage deletions(String objectType, String cursor) {
    List<Change> changes = new ArrayList<>();
    archived.getOrDefault(objectType, Map.of()).forEach((id, at) -> changes.add(new Change(
        new RecordRef(name, objectType, id), io.revbridge.spi.ChangeKind.DELETE, at,
        "archived:" + objectType + "/" + id + "@" + at.toEpochMilli(), java.util.Optional.empty())));
    return new ChangePage(changes, null, false);
  }

  synchronized CrmRecord get(String type, String id) {
    return records.get(type).get(id);
  }

  void addOwner(String id, boolean active) {
    ownerList.add(new Owner(new RecordRef(name, "owners", id), Instant.EPOCH, id + "@example.test", "Owner", id, active));
  }

  int writesOf(String field) {
    return (int) updateCalls.stream().flatMap(List::stream).filter(w -> w.values().containsKey(field)).count();
  }

  /**
   * Runs before each feed page is served, outside the fake's lock (so it may wait for the engine's writes), with
   * the object type and how many of its pages were served before.
   */
  java.util.function.BiConsumer<String, Integer> onPoll = (objectType, pagesBefore) -> { };

  @Override
  public ChangePage poll(String objectType, String cursor, Set<String> fields) {
    int pagesBefore;
    synchronized (this) {
      pagesBefore = pollCalls.getOrDefault(objectType, 0);
    }
    onPoll.accept(objectType, pagesBefore);
    return pollLocked(objectType, cursor);
  }

  private synchronized ChangePage pollLocked(String objectType, String cursor) {
    if (failAllCallsWith != null) {
      throw failAllCallsWith;
    }
    RuntimeException once = failNextPollOf.remove(objectType);
    if (once != null) {
      throw once;
    }
    pollCalls.merge(objectType, 1, Integer::sum);
    long afterMs = cursor == null ? Long.MIN_VALUE : Long.parseLong(cursor.split(":")[0]);
    String afterId = cursor == null ? "" : cursor.split(":")[1];
    List<CrmRecord> newer = records.getOrDefault(objectType, Map.of()).values().stream()
        .filter(r -> r.modifiedAt().toEpochMilli() > afterMs
            || (r.modifiedAt().toEpochMilli() == afterMs && r.ref().id().compareTo(afterId) > 0))
        .sorted(Comparator.comparing(CrmRecord::modifiedAt).thenComparing(r -> r.ref().id()))
        .toList();
    List<CrmRecord> page = newer.subList(0, Math.min(PAGE, newer.size()));
    String next = page.isEmpty() ? cursor
        : page.get(page.size() - 1).modifiedAt().toEpochMilli() + ":" + page.get(page.size() - 1).ref().id();
    boolean more = newer.size() > PAGE;
    return new ChangePage(page.stream().map(Change::polled).toList(), next, more && !holdBackBacklog,
        more && holdBackBacklog);
  }

  /** Acts like a CRM near its daily API allowance: every feed page after the first is held back. */
  void holdBackBacklog() {
    holdBackBacklog = true;
  }

  @Override
  public synchronized List<CrmRecord> read(String objectType, List<String> ids, Set<String> fields) {
    onRead.run();
    readCalls.merge(objectType, 1, Integer::sum);
    Map<String, CrmRecord> all = records.getOrDefault(objectType, Map.of());
    return ids.stream().filter(all::containsKey).map(all::get).toList();
  }

  @Override
  public synchronized List<WriteResult> update(String objectType, List<FieldWrite> writes) {
    if (failAllCallsWith != null) {
      throw failAllCallsWith;
    }
    updateCalls.add(List.copyOf(writes));
    List<WriteResult> results = new ArrayList<>();
    for (FieldWrite w : writes) {
      if (rejectWritesTo.contains(w.ref().id())) {
        results.add(WriteResult.failed(w.idempotencyKey(),
            new CrmError(io.revbridge.spi.ErrorKind.PERMANENT_ITEM, "INVALID_OPTION", "value was not one of the allowed options",
                List.copyOf(w.values().keySet()))));
        continue;
      }
      if (goneRecords.contains(w.ref().id())) {
        results.add(WriteResult.failed(w.idempotencyKey(),
            new CrmError(io.revbridge.spi.ErrorKind.RECORD_GONE, "OBJECT_NOT_FOUND", "resource not found", List.of())));
        continue;
      }
      CrmRecord old = get(objectType, w.ref().id());
      Map<String, String> merged = new HashMap<>(old.fields());
      merged.putAll(w.values());
      put(objectType, w.ref().id(), merged);
      results.add(WriteResult.ok(w.idempotencyKey(), w.ref()));
    }
    afterUpdate.run();
    return results;
  }

  @Override
  public synchronized List<WriteResult> createTasks(List<TaskSpec> specs) {
    tasks.addAll(specs);
    return specs.stream().map(t -> WriteResult.ok(t.idempotencyKey(), new RecordRef(name, "tasks", "t" + tasks.size()))).toList();
  }

  /** Like HubSpot: only the tasks that may exist are looked up by key; the others are created as they come. */
  @Override
  public synchronized List<WriteResult> createTasks(List<TaskSpec> specs, java.util.Set<String> mayExist) {
    List<WriteResult> results = new ArrayList<>();
    for (TaskSpec t : specs) {
      int held = indexOfTask(t.idempotencyKey());
      if (mayExist.contains(t.idempotencyKey()) && held >= 0) {
        results.add(WriteResult.ok(t.idempotencyKey(), new RecordRef(name, "tasks", "t" + (held + 1))));
      } else {
        results.addAll(createTasks(List.of(t)));
      }
    }
    return results;
  }

  private int indexOfTask(String key) {
    for (int i = 0; i < tasks.size(); i++) {
      if (tasks.get(i).idempotencyKey().equals(key)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public synchronized List<FieldStatus> ensureFields(List<FieldSpec> specs, boolean create) {
    List<FieldStatus> result = new ArrayList<>();
    for (FieldSpec f : specs) {
      boolean existed = !fields.add(f.name());
      result.add(new FieldStatus(f, existed ? FieldStatus.State.EXISTS : FieldStatus.State.CREATED, ""));
    }
    return result;
  }

  @Override
  public List<io.revbridge.spi.CrmField> describe(String objectType) {
    return fields.stream().map(f -> new io.revbridge.spi.CrmField(objectType, f, f, "string", true, true, List.of())).toList();
  }

  /** Activities served by {@link #activities()}, one object {@code calls}; the cursor is how many were read. */
  final List<io.revbridge.model.Activity> activityLog = new ArrayList<>();

  /** Runs before each activity page is served, with how many pages were served before it. */
  java.util.function.IntConsumer onActivityPage = pagesBefore -> { };

  void logActivity(io.revbridge.model.Activity activity) {
    activityLog.add(activity);
  }

  @Override
  public io.revbridge.spi.ActivityFeed activities() {
    return new io.revbridge.spi.ActivityFeed() {
      @Override
      public List<String> objectTypes() {
        return List.of("calls");
      }

      @Override
      public io.revbridge.spi.ActivityPage poll(String objectType, String cursor) {
        int from = cursor == null ? 0 : Integer.parseInt(cursor);
        onActivityPage.accept(from / PAGE);
        int to = Math.min(activityLog.size(), from + PAGE);
        return new io.revbridge.spi.ActivityPage(List.copyOf(activityLog.subList(from, to)), Integer.toString(to),
            to < activityLog.size());
      }
    };
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Set<Capability> capabilities() {
    return Set.of(Capability.POLL, Capability.READ, Capability.WRITE, Capability.TASKS, Capability.OWNERS, Capability.SCHEMA);
  }

  @Override
  public ChangeFeed changeFeed() {
    return this;
  }

  @Override
  public RecordReader reader() {
    return this;
  }

  @Override
  public RecordWriter writer() {
    return this;
  }

  @Override
  public OwnerDirectory owners() {
    return () -> {
      onOwners.run();
      return ownerList;
    };
  }

  @Override
  public WebhookReceiver webhooks() {
    throw new UnsupportedOperationException("no webhooks in the fake");
  }

  @Override
  public SchemaAdmin schema() {
    return this;
  }

  @Override
  public CheckReport check() {
    return new CheckReport(name, List.of(new CheckItem("fake", true, "")));
  }

  @Override
  public void close() {}
}
