package io.revbridge.sync;

import io.revbridge.model.RecordRef;
import io.revbridge.spi.ConnectionCrmException;
import io.revbridge.spi.CrmError;
import io.revbridge.spi.CrmException;
import io.revbridge.spi.RetryableCrmException;
import io.revbridge.spi.ErrorKind;
import io.revbridge.spi.FieldWrite;
import io.revbridge.spi.TaskSpec;
import io.revbridge.spi.WriteResult;
import io.revbridge.store.DeadLetterDraft;
import io.revbridge.store.OutboxClaim;
import io.revbridge.store.OutboxEntry;
import io.revbridge.store.OutboxKind;
import io.revbridge.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.ToIntFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sends due outbox rows to the CRM in batches and settles each row by its own result: done (and the
 * ledger updated), retry later, or dead letter. A connection-level failure (bad credentials) leaves the
 * rows pending and is rethrown so the user hears about it; other connections are not affected.
 *
 * <p>{@link #drain} runs on one thread at a time; the batches of one round go out on up to
 * {@link EngineSettings#drainConcurrency()} sender threads, each settling its own rows in the (thread-safe) store.
 */
final class OutboxDrainer {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OutboxDrainer.class);

  /**
   * How long a part-full batch may wait to be joined during a pass: past it, the batch goes part-full. Short, since a
   * webhook's write waits in it (the event-to-write goal is 2 s); a backfill fills its batches well within it.
   */
  static final Duration LINGER = Duration.ofMillis(500);

  private final Store store;
  private final Clock clock;
  private final EngineSettings settings;
  private final InstanceLease lease;
  private final java.util.function.BooleanSupplier stopping;
  private final Instant startedAt;
  private volatile BiConsumer<String, Duration> writeBacks = (connection, lag) -> { };
  private ExecutorService senders;

  /**
   * @param lease the writes this drainer sends are claimed under it, so instances sharing the store never
   *     send the same write at once
   * @param stopping when it turns true, the drain ends after the batch in flight
   *     <p>Field writes queued before this drainer was made are checked in the CRM before their first send
   *     ({@link InDoubtWrites}): the process before this one may have sent them.
   */
  OutboxDrainer(Store store, Clock clock, EngineSettings settings, InstanceLease lease,
      java.util.function.BooleanSupplier stopping) {
    this.store = store;
    this.clock = clock;
    this.settings = settings;
    this.lease = lease;
    this.stopping = stopping;
    this.startedAt = clock.instant();
  }

  /**
   * Told, per field write that landed, its connection and the time from the CRM change to the write-back. Called
   * from the threads that send writes, several at once: the listener must be thread-safe and quick.
   */
  void onWriteBack(BiConsumer<String, Duration> listener) {
    this.writeBacks = listener;
  }

  /**
   * Drains everything due now. Rows of connections that are not configured (any more) stay in the outbox
   * untouched. When a connection fails as a whole, its rows wait and the failure is rethrown after the
   * other connections were served.
   */
  DrainResult drain(Map<String, ConnectionContext> connections) {
    return drain(connections, (connection, e) -> { });
  }

  /**
   * @param onPause told when a connection answered with a wait long enough to pause it ({@link
   *     SyncEngine#pauses}); its writes are rescheduled after that wait and the connection is left alone
   *     for the rest of this drain
   */
  DrainResult drain(Map<String, ConnectionContext> connections, BiConsumer<String, CrmException> onPause) {
    return drain(connections, onPause, false);
  }

  /**
   * One round of full batches only: the CRM's batch size of writes of one kind, object and connection per call, and
   * batches whose oldest write has waited {@link #LINGER}. A pass draining beside its processing uses it, so it
   * spends its calls on full batches instead of chasing each batch of records the pass commits, while a write no
   * batch will join soon still goes; the rest waits for the next round, and the pass's last drain
   * ({@link #drain(Map, BiConsumer)}) sends whatever is left. Only each record's first
   * write of the round can go (its later ones wait their turn), so writes to one record stay in planned order.
   */
  DrainResult drainFullBatches(Map<String, ConnectionContext> connections, BiConsumer<String, CrmException> onPause) {
    return drain(connections, onPause, true);
  }

  private DrainResult drain(Map<String, ConnectionContext> connections, BiConsumer<String, CrmException> onPause,
      boolean fullBatchesOnly) {
    int maxRounds = fullBatchesOnly ? 1 : Integer.MAX_VALUE;
    DrainResult total = DrainResult.NONE;
    Map<String, ConnectionCrmException> failed = new LinkedHashMap<>();
    Set<String> paused = new java.util.HashSet<>();
    try {
      for (int rounds = 0; rounds < maxRounds && !stopping.getAsBoolean(); rounds++) {
        DrainResult round = drainRound(connections, failed, paused, onPause, fullBatchesOnly);
        if (round == null) {
          break;
        }
        total = total.plus(round);
      }
    } finally {
      // Whatever was claimed and not settled (a connection failed or paused mid-round, an unexpected error)
      // is free for any instance at once, and in doubt for it: a write in flight may have reached the CRM.
      store.outbox().releaseLeases(lease.owner());
    }
    if (!failed.isEmpty()) {
      throw failed.values().iterator().next();
    }
    return total;
  }

  /**
   * Claims one round of due writes and sends them; null when nothing was due. The round is cut into slices of the
   * CRM's batch size, sent up to {@link EngineSettings#drainConcurrency()} at a time; a record written twice in one
   * round has its second write in a later wave, so writes to one record land in the order they were planned.
   */
  private DrainResult drainRound(Map<String, ConnectionContext> connections, Map<String, ConnectionCrmException> failed,
      Set<String> paused, BiConsumer<String, CrmException> onPause, boolean fullBatchesOnly) {
    List<String> open = connections.keySet().stream()
        .filter(c -> !failed.containsKey(c) && !paused.contains(c)).toList();
    OutboxClaim claim = store.outbox().claimDue(lease.owner(), clock.instant(), lease.duration(), open,
        settings.batchSize() * 10);
    List<OutboxEntry> due = claim.entries();
    if (due.isEmpty()) {
      return null;
    }
    Map<String, List<OutboxEntry>> groups = due.stream().collect(Collectors.groupingBy(
        e -> e.connection() + "|" + e.kind() + "|" + e.objectType(), LinkedHashMap::new, Collectors.toList()));
    ToIntFunction<String> maxBatch = connection -> connections.get(connection).connection().writer().maxBatch();
    List<List<WriteSlices.Slice>> waves = WriteSlices.waves(groups.values(), maxBatch);
    if (fullBatchesOnly) {
      waves = fullFirstWave(waves, due, claim.inDoubt(), maxBatch);
    }
    DrainResult total = DrainResult.NONE;
    for (List<WriteSlices.Slice> wave : waves) {
      total = total.plus(sendWave(connections, wave, claim.inDoubt(), failed, paused, onPause));
    }
    return total;
  }

  /**
   * The first wave's full slices and those that waited {@link #LINGER}; every other claimed write is handed back
   * unsent. A write claimed in doubt stays leased, so the drain's end hands it back still in doubt.
   */
  private List<List<WriteSlices.Slice>> fullFirstWave(List<List<WriteSlices.Slice>> waves, List<OutboxEntry> due,
      Set<Long> inDoubt, ToIntFunction<String> maxBatch) {
    Instant lingeredSince = clock.instant().minus(LINGER);
    List<WriteSlices.Slice> full = waves.get(0).stream()
        .filter(slice -> slice.rows().size() >= Math.max(1, maxBatch.applyAsInt(slice.connection()))
            || slice.rows().stream().anyMatch(row -> !row.createdAt().isAfter(lingeredSince)))
        .toList();
    Set<Long> sent = new java.util.HashSet<>();
    full.forEach(slice -> slice.rows().forEach(row -> sent.add(row.id())));
    List<Long> unsent = due.stream().map(OutboxEntry::id).filter(id -> !sent.contains(id) && !inDoubt.contains(id))
        .toList();
    store.outbox().unclaim(lease.owner(), unsent);
    return full.isEmpty() ? List.of() : List.of(full);
  }

  /** Sends one wave's slices side by side and waits for all of them, so nothing is in flight when it returns. */
  private DrainResult sendWave(Map<String, ConnectionContext> connections, List<WriteSlices.Slice> wave,
      Set<Long> inDoubt, Map<String, ConnectionCrmException> failed, Set<String> paused,
      BiConsumer<String, CrmException> onPause) {
    DrainResult total = DrainResult.NONE;
    List<Map.Entry<String, Future<DrainResult>>> inFlight = new ArrayList<>();
    for (WriteSlices.Slice slice : wave) {
      String connection = slice.connection();
      if (failed.containsKey(connection) || paused.contains(connection)) {
        continue;
      }
      Callable<DrainResult> call = () -> send(connections.get(connection), slice.rows(), inDoubt);
      if (settings.drainConcurrency() == 1) {
        FutureTask<DrainResult> inline = new FutureTask<>(call); // one after the other, on this thread
        inline.run();
        total = total.plus(settled(Map.entry(connection, inline), failed, paused, onPause));
      } else {
        inFlight.add(Map.entry(connection, senders().submit(call)));
      }
    }
    RuntimeException unexpected = null;
    for (Map.Entry<String, Future<DrainResult>> sent : inFlight) {
      try {
        total = total.plus(settled(sent, failed, paused, onPause));
      } catch (RuntimeException e) {
        unexpected = unexpected == null ? e : unexpected;
      }
    }
    if (unexpected != null) {
      throw unexpected;
    }
    return total;
  }

  /** The outcome of one sent slice: its result, or the connection marked failed or paused. */
  private DrainResult settled(Map.Entry<String, Future<DrainResult>> sent, Map<String, ConnectionCrmException> failed,
      Set<String> paused, BiConsumer<String, CrmException> onPause) {
    String connection = sent.getKey();
    try {
      return waitFor(sent.getValue());
    } catch (ConnectionCrmException e) {
      failed.putIfAbsent(connection, e);
    } catch (RetryableCrmException e) {
      if (paused.add(connection)) {
        onPause.accept(connection, e);
      }
    }
    return DrainResult.NONE;
  }

  private static DrainResult waitFor(Future<DrainResult> future) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return future.get();
        } catch (InterruptedException e) {
          // A send in flight must finish (and settle its rows) before the leases are handed back.
          interrupted = true;
        }
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Threads for the slices in flight; idle ones end after a while, so an engine left alone holds none. */
  private synchronized ExecutorService senders() {
    if (senders == null) {
      AtomicInteger n = new AtomicInteger();
      ThreadPoolExecutor pool = new ThreadPoolExecutor(settings.drainConcurrency(), settings.drainConcurrency(),
          30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "revbridge-write-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
          });
      pool.allowCoreThreadTimeOut(true);
      senders = pool;
    }
    return senders;
  }

  /** Settles the writes about records deleted in the CRM as skipped; returns the others. */
  private List<OutboxEntry> withoutDeleted(List<OutboxEntry> group) {
    Map<Long, RecordRef> about = new LinkedHashMap<>();
    for (OutboxEntry row : group) {
      about.put(row.id(), row.kind() == OutboxKind.CREATE_TASK ? Json.read(row.payload(), TaskSpec.class).about() : row.ref());
    }
    Set<RecordRef> deleted = store.deletions().deleted(about.values());
    if (deleted.isEmpty()) {
      return group;
    }
    List<OutboxEntry> live = new ArrayList<>();
    for (OutboxEntry row : group) {
      RecordRef ref = about.get(row.id());
      if (deleted.contains(ref)) {
        store.outbox().markSkipped(row.id(), ref + " was deleted in the CRM; Revbridge never writes to deleted records");
      } else {
        live.add(row);
      }
    }
    return live;
  }

  /**
   * Settles as skipped the field writes planned from a version of their record older than the newest one
   * planned since (its plan diffed against the CRM as it was then, so it carries whatever still needs writing);
   * returns the others. Sending them would put an older version's result over a newer one's.
   */
  private List<OutboxEntry> withoutSuperseded(List<OutboxEntry> group) {
    if (group.isEmpty() || group.get(0).kind() != OutboxKind.FIELD_UPDATE) {
      return group;
    }
    Map<RecordRef, Map<String, String>> ledger = store.ledger().lastWritten(
        group.stream().map(OutboxEntry::ref).distinct().toList());
    List<OutboxEntry> current = new ArrayList<>();
    for (OutboxEntry row : group) {
      java.util.Optional<Long> planned = RecordVersions.planned(ledger.getOrDefault(row.ref(), Map.of()));
      java.util.Optional<Long> version = RecordVersions.ofWriteKey(row.idempotencyKey());
      if (planned.isPresent() && version.isPresent() && version.get() < planned.get()) {
        store.outbox().markSkipped(row.id(), "superseded: a newer version of " + row.ref()
            + " was planned (its own write carries what still differs)");
        continue;
      }
      current.add(row);
    }
    return current;
  }

  private DrainResult send(ConnectionContext ctx, List<OutboxEntry> all, Set<Long> inDoubt) {
    List<OutboxEntry> live = withoutSuperseded(withoutDeleted(all));
    if (live.isEmpty()) {
      return DrainResult.NONE;
    }
    OutboxEntry first = live.get(0);
    boolean fieldUpdates = first.kind() == OutboxKind.FIELD_UPDATE;
    DrainResult landed = DrainResult.NONE;
    List<OutboxEntry> group = live;
    // A write that failed before may have landed all the same (a timeout or a 500 after the CRM applied it). So may
    // one queued before this drainer existed, whatever its lease says: a process killed after sending it may have
    // lost the claim that marks it sent, because the H2 file store drops its last acknowledged commits to a kill -9
    // now and then (even with WRITE_DELAY 0). That costs one read per batch of such writes, once, after a restart.
    Set<Long> doubtful = live.stream()
        .filter(row -> inDoubt.contains(row.id()) || row.attempts() > 0 || row.createdAt().isBefore(startedAt))
        .map(OutboxEntry::id).collect(Collectors.toSet());
    if (fieldUpdates && !doubtful.isEmpty()) {
      InDoubtWrites.Split split = InDoubtWrites.split(ctx, live, doubtful);
      for (OutboxEntry row : split.landed()) {
        landed = landed.plus(settle(row, Json.read(row.payload(), FieldUpdate.class),
            WriteResult.ok(row.idempotencyKey(), row.ref())));
      }
      group = split.toSend();
      if (group.isEmpty()) {
        return landed;
      }
      first = group.get(0);
    }
    return landed.plus(sendNow(ctx, group, first, fieldUpdates, doubtful));
  }

  /** @param doubtful the rows an earlier attempt may have applied: only their tasks need looking up first */
  private DrainResult sendNow(ConnectionContext ctx, List<OutboxEntry> group, OutboxEntry first, boolean fieldUpdates,
      Set<Long> doubtful) {
    Map<String, OutboxEntry> byKey = group.stream()
        .collect(Collectors.toMap(OutboxEntry::idempotencyKey, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    Map<String, FieldUpdate> updates = new LinkedHashMap<>();
    if (fieldUpdates) {
      byKey.forEach((key, row) -> updates.put(key, Json.read(row.payload(), FieldUpdate.class)));
    }
    List<WriteResult> results;
    try {
      results = fieldUpdates
          ? ctx.connection().writer().update(first.objectType(),
              updates.values().stream().map(FieldUpdate::write).toList())
          : ctx.connection().writer().createTasks(
              byKey.values().stream().map(e -> Json.read(e.payload(), TaskSpec.class)).toList(),
              group.stream().filter(row -> doubtful.contains(row.id())).map(OutboxEntry::idempotencyKey)
                  .collect(Collectors.toSet()));
    } catch (ConnectionCrmException e) {
      Instant later = clock.instant().plus(settings.retryWait(1));
      group.forEach(row -> store.outbox().markRetry(row.id(), later, e.getMessage()));
      throw e;
    } catch (RetryableCrmException e) {
      if (!SyncEngine.pauses(e)) {
        CrmError error = new CrmError(e.kind(), e.code(), e.getMessage(), List.of());
        return settleAll(byKey, updates, group.stream().map(row -> WriteResult.failed(row.idempotencyKey(), error)).toList());
      }
      Instant later = clock.instant().plus(e.retryAfter().orElseThrow());
      group.forEach(row -> store.outbox().markRetry(row.id(), later, e.getMessage()));
      throw e;
    } catch (CrmException e) {
      CrmError error = new CrmError(e.kind(), e.code(), e.getMessage(), List.of());
      results = byKey.keySet().stream().map(key -> WriteResult.failed(key, error)).toList();
    }
    return settleAll(byKey, updates, results);
  }

  private DrainResult settleAll(Map<String, OutboxEntry> byKey, Map<String, FieldUpdate> updates, List<WriteResult> results) {
    DrainResult outcome = DrainResult.NONE;
    Set<String> unanswered = new LinkedHashSet<>(byKey.keySet());
    List<OutboxEntry> landed = new ArrayList<>();
    for (WriteResult result : results) {
      if (unanswered.remove(result.idempotencyKey())) {
        if (result.succeeded()) {
          landed.add(byKey.get(result.idempotencyKey()));
        } else {
          outcome = outcome.plus(settle(byKey.get(result.idempotencyKey()), updates.get(result.idempotencyKey()), result));
        }
      }
    }
    outcome = outcome.plus(settleLanded(landed, updates));
    for (String key : unanswered) {
      CrmError missing = new CrmError(ErrorKind.RETRYABLE, "NO_RESULT", "the CRM returned no result for this item", List.of());
      outcome = outcome.plus(settle(byKey.get(key), updates.get(key), WriteResult.failed(key, missing)));
    }
    return outcome;
  }

  /**
   * Settles the writes that landed together: done, and their values in the ledger, in one transaction for the whole
   * batch (settling row by row cost two commits per record, most of a backfill's CPU; on H2 each commit writes the
   * file).
   */
  private DrainResult settleLanded(List<OutboxEntry> landed, Map<String, FieldUpdate> updates) {
    if (landed.isEmpty()) {
      return DrainResult.NONE;
    }
    Instant now = clock.instant();
    Map<RecordRef, Map<String, String>> written = new LinkedHashMap<>();
    for (OutboxEntry row : landed) {
      FieldUpdate update = updates.get(row.idempotencyKey());
      if (update != null) {
        written.computeIfAbsent(update.write().ref(), ref -> new LinkedHashMap<>()).putAll(update.write().values());
      }
    }
    store.inOneTransaction("settle " + landed.size() + " landed writes", () -> {
      store.outbox().markDone(landed.stream().map(OutboxEntry::id).toList());
      store.ledger().recordAll(written, now);
    });
    DrainResult outcome = DrainResult.NONE;
    for (OutboxEntry row : landed) {
      FieldUpdate update = updates.get(row.idempotencyKey());
      logLanded(row, update);
      if (update == null) {
        outcome = outcome.plus(new DrainResult(0, 0, 1, 0, 0));
        continue;
      }
      writeBacks.accept(row.connection(), Duration.between(changedAt(row), now));
      outcome = outcome.plus(new DrainResult(1, update.assignsOwner() ? 1 : 0, 0, 0, 0));
    }
    LOG.debug("{} writes landed", landed.size());
    return outcome;
  }

  /** The per-record debug line a landed write gets, under the record's correlation id (as a row settled alone). */
  private static void logLanded(OutboxEntry row, FieldUpdate update) {
    if (!LOG.isDebugEnabled()) {
      return; // reading a task's payload for its record costs more than the line is worth when nobody reads it
    }
    String about = update == null ? Json.read(row.payload(), TaskSpec.class).about().key() : row.ref().key();
    try (RecordLog ignored = RecordLog.about(about, RecordLog.correlationIdOfWrite(row.idempotencyKey()))) {
      if (update == null) {
        LOG.debug("task created");
      } else {
        LOG.debug("written: {} fields", update.write().values().size());
      }
    }
  }

  /**
   * When the CRM change this write answers happened: field writes are keyed by the record version they were
   * planned from ({@code fields:<ref>@<modified epoch ms>}); otherwise when the write was planned.
   */
  private static Instant changedAt(OutboxEntry row) {
    String key = row.idempotencyKey();
    int at = key.lastIndexOf('@');
    if (key.startsWith("fields:") && at > 0) {
      try {
        return Instant.ofEpochMilli(Long.parseLong(key.substring(at + 1)));
      } catch (NumberFormatException e) {
        // not our key layout: fall back to when it was planned
      }
    }
    return row.createdAt();
  }

  private DrainResult settle(OutboxEntry row, FieldUpdate update, WriteResult result) {
    String about = row.kind() == OutboxKind.CREATE_TASK ? Json.read(row.payload(), TaskSpec.class).about().key()
        : row.ref().key();
    try (RecordLog ignored = RecordLog.about(about, RecordLog.correlationIdOfWrite(row.idempotencyKey()))) {
      return settleRow(row, update, result);
    }
  }

  private DrainResult settleRow(OutboxEntry row, FieldUpdate update, WriteResult result) {
    Instant now = clock.instant();
    if (result.succeeded()) {
      store.outbox().markDone(row.id());
      if (update != null) {
        FieldWrite write = update.write();
        store.ledger().record(write.ref(), write.values(), now);
        writeBacks.accept(row.connection(), Duration.between(changedAt(row), now));
        LOG.debug("written: {} fields", write.values().size());
        return new DrainResult(1, update.assignsOwner() ? 1 : 0, 0, 0, 0);
      }
      LOG.debug("task created");
      return new DrainResult(0, 0, 1, 0, 0);
    }
    CrmError error = result.error().orElseThrow();
    if (error.kind() == ErrorKind.RECORD_GONE) {
      // Not a failure to fix: the record was deleted or merged away. Later writes to it are skipped too.
      RecordRef gone = row.kind() == OutboxKind.CREATE_TASK ? Json.read(row.payload(), TaskSpec.class).about() : row.ref();
      store.deletions().markDeleted(gone, now, "write");
      store.outbox().markSkipped(row.id(), gone + " no longer exists in the CRM (" + error + ")");
      LOG.info("{} no longer exists in the CRM ({}): marked deleted, write skipped", gone, error.code());
      return DrainResult.NONE;
    }
    int attempts = row.attempts() + 1;
    if (error.kind() == ErrorKind.RETRYABLE && attempts < settings.maxAttempts()) {
      Instant next = now.plus(settings.retryWait(attempts));
      store.outbox().markRetry(row.id(), next, error.toString());
      LOG.info("write failed ({} {}), attempt {} of {}; next at {}", error.kind(), error.code(), attempts,
          settings.maxAttempts(), next);
      return new DrainResult(0, 0, 0, 0, 1);
    }
    store.outbox().markDead(row.id(), error.toString());
    store.deadLetters().add(new DeadLetterDraft(row.connection(), row.objectType(), row.recordId(), "write",
        error.code(), error.message() + (error.fields().isEmpty() ? "" : " (fields: " + String.join(", ", error.fields()) + ")"),
        row.payload(), now));
    LOG.warn("write dead-lettered after {} attempts ({} {}); see revbridge dlq list", attempts, error.kind(), error.code());
    return new DrainResult(0, 0, 0, 1, 0);
  }
}
