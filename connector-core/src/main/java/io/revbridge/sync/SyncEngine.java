package io.revbridge.sync;

import io.revbridge.forecast.DealForecaster;
import io.revbridge.forecast.ForecastModel;
import io.revbridge.mapping.CanonicalKind;
import io.revbridge.mapping.MappingSet;
import io.revbridge.mapping.ObjectMapping;
import io.revbridge.model.RecordRef;
import io.revbridge.predictive.ActiveModels;
import io.revbridge.predictive.PredictiveSettings;
import io.revbridge.routing.DurableRoundRobin;
import io.revbridge.routing.RoutingEngine;
import io.revbridge.routing.RoutingPlaybook;
import io.revbridge.scoring.LeadScorer;
import io.revbridge.spi.Capability;
import io.revbridge.spi.Change;
import io.revbridge.spi.ChangePage;
import io.revbridge.spi.CrmException;
import io.revbridge.spi.FieldSpec;
import io.revbridge.spi.FieldStatus;
import io.revbridge.spi.RetryableCrmException;
import io.revbridge.store.InboxDraft;
import io.revbridge.store.InboxEntry;
import io.revbridge.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Runs the data flow for all configured connections. One pass ({@link #syncOnce}) polls every object
 * into the inbox, processes the inbox through the pipeline into the outbox, and drains the outbox into
 * the CRM, interleaved page by page so a long backfill writes as it reads.
 *
 * <p>Not re-entrant: callers serialise passes ({@code run} holds one lock around poll, webhook
 * processing and drain). Progress lines go to the given consumer, never secrets. Several engines (in
 * several processes) may share one store: polls, inbox changes and outbox writes are claimed under this
 * engine's {@link InstanceLease}. {@link #requestStop} may be called from any thread.
 *
 * <p>Over 400 lines because the pass's steps (poll, deletions, process, drain, pause, leases) share the
 * per-connection state held here; the stages themselves live in their own classes.
 */
public final class SyncEngine {
  private final Store store;
  private final MappingSet mappings;
  private final EngineSettings settings;
  /** Outbox rows queued by processing so far (updates, tasks): a pass's background drain waits for full batches. */
  private final AtomicLong queuedUpdates = new AtomicLong();
  private final AtomicLong queuedTasks = new AtomicLong();
  private final Clock clock;
  private final Consumer<String> progress;
  private volatile java.util.function.BiConsumer<Map<RecordRef, Integer>, Instant> mqlScores = (scores, at) -> { };
  private final Map<String, ConnectionContext> contexts = new LinkedHashMap<>();
  private final Map<String, EngineConnection> connections = new LinkedHashMap<>();
  private final Set<String> fieldsEnsured = new HashSet<>();
  private final LeadPipeline pipeline;
  private final DealPipeline deals;
  private final OutboxDrainer drainer;
  private final PlanCommitter committer;
  private final ActivitySync activities;
  private final InstanceLease lease;
  private volatile boolean stopping;
  private volatile Consumer<io.revbridge.store.SlaStore.Response> firstTouch = r -> { };
  private final RoutingPlaybook playbook;

  /** An engine with the built-in enrichment, routing by plain round robin over each connection's active owners. */
  public SyncEngine(Store store, MappingSet mappings, LeadScorer scorer, List<EngineConnection> connections,
      EngineSettings settings, Clock clock, Consumer<String> progress) {
    this(store, mappings, scorer, RoutingPlaybook.roundRobinOnly(), connections, settings,
        EnrichmentStage.defaults(clock), clock, progress, InstanceLease.forThisProcess());
  }

  /** An engine with the built-in enrichment, routing by the playbook. */
  public SyncEngine(Store store, MappingSet mappings, LeadScorer scorer, RoutingPlaybook playbook,
      List<EngineConnection> connections, EngineSettings settings, Clock clock, Consumer<String> progress) {
    this(store, mappings, scorer, playbook, connections, settings, EnrichmentStage.defaults(clock), clock, progress,
        InstanceLease.forThisProcess());
  }

  /** An engine with the built-in enrichment and plain round robin, forecasting deals with the given forecaster. */
  public SyncEngine(Store store, MappingSet mappings, LeadScorer scorer, DealForecaster forecaster,
      List<EngineConnection> connections, EngineSettings settings, Clock clock, Consumer<String> progress) {
    this(store, mappings, scorer, forecaster, RoutingPlaybook.roundRobinOnly(), connections, settings,
        EnrichmentStage.defaults(clock), clock, progress, InstanceLease.forThisProcess());
  }

  /** An engine forecasting deals with the default forecast model. */
  public SyncEngine(Store store, MappingSet mappings, LeadScorer scorer, RoutingPlaybook playbook,
      List<EngineConnection> connections, EngineSettings settings, EnrichmentStage enrichment, Clock clock,
      Consumer<String> progress, InstanceLease lease) {
    this(store, mappings, scorer, new DealForecaster(ForecastModel.defaults()), playbook, connections, settings,
        enrichment, clock, progress, lease);
  }

  /**
   * @param forecaster forecasts the deals of connections whose objects include a deal object
   * @param lease this engine's identity among the instances sharing the store: inbox changes, outbox
   *     writes and polls are claimed under it, so several engines on one PostgreSQL share the work
   */
  public SyncEngine(Store store, MappingSet mappings, LeadScorer scorer, DealForecaster forecaster,
      RoutingPlaybook playbook, List<EngineConnection> connections, EngineSettings settings,
      EnrichmentStage enrichment, Clock clock, Consumer<String> progress, InstanceLease lease) {
    this(store, mappings, scorer, forecaster, playbook, connections, settings, enrichment, clock, progress, lease,
        PredictiveSettings.defaults());
  }

  /**
   * As above, with the playbook's predictive settings: which record kinds the active learned model scores, and how
   * (in charge, blended, or not at all).
   */
  public SyncEngine(Store store, MappingSet mappings, LeadScorer scorer, DealForecaster forecaster,
      RoutingPlaybook playbook, List<EngineConnection> connections, EngineSettings settings,
      EnrichmentStage enrichment, Clock clock, Consumer<String> progress, InstanceLease lease,
      PredictiveSettings predictiveSettings) {
    PredictiveStage predictive = new PredictiveStage(predictiveSettings, new ActiveModels(store.models()),
        store.activities(), store.cursors());
    this.playbook = playbook;
    this.lease = lease;
    this.store = store;
    this.mappings = mappings;
    this.settings = settings;
    this.clock = clock;
    this.progress = progress;
    for (EngineConnection c : connections) {
      this.connections.put(c.connection().name(), c);
      this.contexts.put(c.connection().name(), new ConnectionContext(c.crm(), c.connection()));
    }
    this.pipeline = new LeadPipeline(mappings, scorer, store.ledger(), store.deletions(), store.slas(), clock,
        settings, enrichment, predictive);
    this.deals = new DealPipeline(forecaster, store.ledger(), store.deletions(), clock, mappings, predictive);
    this.drainer = new OutboxDrainer(store, clock, settings, lease, () -> stopping);
    this.committer = new PlanCommitter(store, r -> firstTouch.accept(r));
    this.activities = new ActivitySync(store, playbook, lease, progress, r -> firstTouch.accept(r));
  }

  /** One full pass: poll, process, write back. */
  public SyncReport syncOnce() {
    RecentKeys<RecordRef> scored = new RecentKeys<>();
    pipeline.startPass();
    SyncReport report = SyncReport.EMPTY;
    for (ConnectionContext ctx : contexts.values()) {
      if (!pollable(ctx)) {
        continue;
      }
      Optional<Instant> paused = pausedUntil(ctx.name());
      if (paused.isPresent()) {
        progress.accept(ctx.name() + ": skipped, paused until " + paused.get() + " (the CRM asked Revbridge to wait)");
        continue;
      }
      try {
        ctx.refresh();
        ensureFields(ctx);
        for (ObjectMapping mapping : personMappings(ctx)) {
          if (stopping) {
            break;
          }
          String pollLease = pollLease(ctx.name(), mapping.objectType());
          if (!store.leases().tryAcquire(pollLease, lease.owner(), lease.duration())) {
            progress.accept(ctx.name() + " " + mapping.objectType() + ": polled by another instance ("
                + store.leases().holder(pollLease).orElse("its lease just ended") + "); this one processes and writes");
            continue;
          }
          try {
            scanDeletions(ctx, mapping);
            report = report.plus(pollAndProcess(ctx, mapping, scored, pollLease));
          } finally {
            store.leases().release(pollLease, lease.owner());
          }
        }
        if (!stopping) {
          // Webhooks wait for the pass (one engine, one thread): a first pass's activity backlog would hold their
          // writes for seconds, so what they queued is processed and sent between activity pages.
          AtomicReference<SyncReport> meanwhile = new AtomicReference<>(SyncReport.EMPTY);
          activities.poll(ctx, () -> stopping,
              () -> meanwhile.set(meanwhile.get().plus(processPending(scored)).plus(drain())));
          report = report.plus(meanwhile.get());
        }
      } catch (RetryableCrmException e) {
        if (!pauses(e)) {
          throw e;
        }
        pause(ctx.name(), e);
      }
    }
    return report.plus(processPending(scored)).plus(drain()).withScored((int) scored.count());
  }

  /**
   * When the connection is paused: the CRM answered with a wait longer than {@link #PAUSE_AT_LEAST} (a daily
   * API limit), so nothing is sent on it until then. Read from the store, so every instance sees it.
   */
  public Optional<Instant> pausedUntil(String connection) {
    return store.state().get(PAUSED + connection).map(Instant::parse).filter(until -> until.isAfter(clock.instant()));
  }

  /** The lease one instance holds while it polls one object of one connection. */
  static String pollLease(String connection, String objectType) {
    return "poll:" + connection + "/" + objectType;
  }

  /**
   * Tells {@code listener}, for every field write that lands, its connection and how long after the CRM
   * change it landed (for the lag histogram). Called on the thread that drains; must be quick.
   */
  public void onWriteBack(java.util.function.BiConsumer<String, Duration> listener) {
    drainer.onWriteBack(listener);
  }

  /**
   * Tells {@code listener} the MQL score of every person scored and committed (not in a dry run), by record, with
   * when it was scored. Called on the processing thread after the batch is stored; must be quick.
   */
  public void onMqlScores(java.util.function.BiConsumer<Map<RecordRef, Integer>, Instant> listener) {
    this.mqlScores = listener;
  }

  /**
   * Tells {@code listener} of every SLA clock this engine gives its first touch (a logged call, email or meeting, or
   * a status change), in time or late, once, whichever instance sees it (for the response-time metrics). Called on
   * the thread that syncs; must be quick.
   */
  public void onFirstTouch(Consumer<io.revbridge.store.SlaStore.Response> listener) {
    this.firstTouch = listener;
  }

  /** This engine's identity among the instances sharing the store. */
  public InstanceLease lease() {
    return lease;
  }

  /**
   * Asks a pass in progress, on another thread, to stop after the batch in flight: no further page is
   * polled, no further inbox batch claimed, no further round of writes sent. Irreversible.
   */
  public void requestStop() {
    stopping = true;
  }

  /**
   * Hands back every lease this engine holds (inbox changes, outbox writes, polls), so other instances
   * take the work at once instead of after the lease runs out. Call it after the last pass ended.
   */
  public void releaseLeases() {
    store.inbox().releaseLeases(lease.owner());
    store.outbox().releaseLeases(lease.owner());
    store.leases().releaseAll(lease.owner());
  }

  /** Waits longer than this pause the whole connection instead of retrying one call. */
  public static final Duration PAUSE_AT_LEAST = Duration.ofMinutes(5);
  static final String PAUSED = "paused.";
  static final String PAUSED_WHY = "pausedWhy.";
  static final String LAST_POLL = "lastPoll.";

  static boolean pauses(CrmException e) {
    return e instanceof RetryableCrmException && e.retryAfter().map(w -> w.compareTo(PAUSE_AT_LEAST) > 0).orElse(false);
  }

  private void pause(String connection, CrmException e) {
    Instant until = clock.instant().plus(e.retryAfter().orElseThrow());
    store.state().put(PAUSED + connection, until.toString());
    String why = e.getMessage() == null ? e.code() : e.getMessage();
    store.state().put(PAUSED_WHY + connection, why.length() > 1000 ? why.substring(0, 1000) : why);
    progress.accept(connection + ": paused until " + until + ": " + e.getMessage());
  }

  /**
   * Polls and plans without changing anything: no cursor moves, nothing is queued or written, the
   * round-robin turn does not advance. Each plan is handed to {@code plans} to be shown.
   */
  public SyncReport dryRun(Consumer<BatchPlan> plans) {
    SyncReport report = SyncReport.EMPTY;
    long syntheticId = -1;
    for (ConnectionContext ctx : contexts.values()) {
      if (!pollable(ctx)) {
        continue;
      }
      ctx.refresh();
      RoutingEngine router = routing(false);
      for (ObjectMapping mapping : personMappings(ctx)) {
        for (ChangePage page : pages(ctx, mapping)) {
          List<InboxEntry> entries = new ArrayList<>();
          for (Change change : page.changes()) {
            InboxDraft d = draft(change);
            entries.add(new InboxEntry(syntheticId--, d.eventKey(), d.connection(), d.objectType(), d.recordId(),
                d.kind(), d.occurredAt(), d.payload(), "PENDING", clock.instant(), null));
          }
          // deals are forecast, not scored: a deal handed to the lead pipeline would only fail to map
          BatchPlan plan = mapping.canonical() == CanonicalKind.DEAL ? deals.plan(ctx, mapping, entries).batch()
              : pipeline.plan(ctx, mapping, entries, router);
          plans.accept(plan);
          report = report.plus(new SyncReport(entries.size(), plan.scored().size(), 0, 0, 0, 0, 0,
              plan.updates().size(), plan.tasks().size()));
        }
      }
    }
    return report;
  }

  /**
   * The plan for one record as the CRM holds it now, like a dry run: nothing is queued or written, the
   * round-robin turn does not advance. An empty plan means nothing would change (an unchanged record).
   *
   * @throws IllegalArgumentException when the connection is not configured or the object is not scored
   */
  public BatchPlan planFor(RecordRef ref) {
    ConnectionContext ctx = contexts.get(ref.connection());
    if (ctx == null) {
      throw new IllegalArgumentException("no connection named '" + ref.connection() + "' is configured");
    }
    ObjectMapping mapping = mappings.forObject(ctx.crm(), ref.objectType())
        .filter(m -> m.canonical() == CanonicalKind.PERSON)
        .orElseThrow(() -> new IllegalArgumentException(ctx.crm() + " " + ref.objectType()
            + " is not scored: plans exist for people (contacts, leads)"));
    ctx.refresh();
    Instant now = clock.instant();
    InboxEntry entry = new InboxEntry(-1, "plan:" + ref.key(), ref.connection(), ref.objectType(), ref.id(),
        "UPSERT", now, null, "PENDING", now, null);
    return pipeline.plan(ctx, mapping, List.of(entry), routing(false));
  }

  /** Routing by the playbook; a dry run's round robin only peeks at the store. */
  private RoutingEngine routing(boolean commit) {
    Duration window = Duration.ofDays(playbook.openLeadDays());
    return new RoutingEngine(playbook, commit ? DurableRoundRobin.committing(store.routing(), window)
        : DurableRoundRobin.peeking(store.routing(), window));
  }

  /** Queues changes that arrived by webhook; duplicates (retries, overlap with polls) are ignored. */
  public int ingest(List<Change> changes) {
    return store.inbox().add(changes.stream().map(SyncEngine::draft).toList());
  }

  /** Processes every pending inbox entry and queues the resulting writes. */
  public SyncReport processPending() {
    RecentKeys<RecordRef> scored = new RecentKeys<>();
    return processPending(scored).withScored((int) scored.count());
  }

  /** As {@link #processPending()}, collecting the scored records (a record scored twice counts once). */
  private SyncReport processPending(RecentKeys<RecordRef> scored) {
    // Only what was waiting when the call began: under a steady webhook stream the inbox never empties,
    // and the caller must get to drain the outbox between rounds, or writes would wait for the stream to stop.
    // Counted per connection: that reads the PENDING rows alone (by index), where a count by status read the whole
    // inbox, every DONE row of a backfill included, once per page.
    long budget = store.inbox().pendingByConnection().values().stream().mapToLong(Long::longValue).sum();
    try {
      return processClaimed(scored, budget);
    } finally {
      store.inbox().releaseLeases(lease.owner());
    }
  }

  /** Claims inbox batches under this engine's lease until {@code budget} were taken or none is left. */
  private SyncReport processClaimed(RecentKeys<RecordRef> scored, long budget) {
    SyncReport report = SyncReport.EMPTY;
    RoutingEngine router = routing(true);
    long taken = 0;
    List<InboxEntry> pending;
    while (!stopping && taken < budget
        && !(pending = store.inbox().claim(lease.owner(), lease.duration(), settings.batchSize())).isEmpty()) {
      taken += pending.size();
      Map<String, List<InboxEntry>> groups = pending.stream().collect(Collectors.groupingBy(
          e -> e.connection() + "|" + e.objectType(), LinkedHashMap::new, Collectors.toList()));
      for (List<InboxEntry> group : groups.values()) {
        InboxEntry first = group.get(0);
        ConnectionContext ctx = contexts.get(first.connection());
        if (ctx == null) {
          group.forEach(e -> store.inbox().markFailed(e.id(), "connection '" + e.connection() + "' is not configured"));
          continue;
        }
        Optional<ObjectMapping> mapping = mappings.forObject(ctx.crm(), first.objectType())
            .filter(m -> m.canonical() == CanonicalKind.PERSON || m.canonical() == CanonicalKind.DEAL);
        if (mapping.isEmpty()) {
          group.forEach(e -> store.inbox().markFailed(e.id(),
              "no pipeline stage for " + ctx.crm() + " " + e.objectType() + " yet (people are scored, deals forecast)"));
          continue;
        }
        recordDeletions(group);
        if (mapping.get().canonical() == CanonicalKind.DEAL) {
          DealPipeline.DealPlan dealPlan = deals.plan(ctx, mapping.get(), group);
          committer.commit(dealPlan.batch());
          store.forecasts().save(dealPlan.forecasts());
          scored.addAll(dealPlan.batch().scored());
          report = report.plus(new SyncReport(0, 0, 0, 0, 0, dealPlan.batch().deadLetters().size(), 0, 0, 0));
          continue;
        }
        BatchPlan plan = pipeline.plan(ctx, mapping.get(), group, router);
        committer.commit(plan);
        queuedUpdates.addAndGet(plan.updates().size());
        queuedTasks.addAndGet(plan.tasks().size());
        if (!plan.mqlScores().isEmpty()) {
          mqlScores.accept(plan.mqlScores(), plan.plannedAt());
        }
        scored.addAll(plan.scored());
        report = report.plus(new SyncReport(0, 0, 0, 0, 0, plan.deadLetters().size(), 0, 0, 0));
      }
    }
    return report;
  }

  /**
   * Deletions mark their record deleted; a change seen after a deletion (a restore) lifts the mark.
   * Applied in the order the changes happened, whatever order they arrived in.
   */
  private void recordDeletions(List<InboxEntry> group) {
    group.stream().sorted(Comparator.comparing(InboxEntry::occurredAt).thenComparing(InboxEntry::id)).forEach(e -> {
      RecordRef ref = new RecordRef(e.connection(), e.objectType(), e.recordId());
      if ("DELETE".equals(e.kind())) {
        String key = e.eventKey();
        store.deletions().markDeleted(ref, e.occurredAt(), key.substring(0, Math.max(0, key.indexOf(':'))));
      } else {
        store.deletions().restore(ref, e.occurredAt());
      }
    });
  }

  /**
   * Reads the CRM's deleted (archived) records of each synced object into the inbox, at most once per
   * {@link EngineSettings#deletionScanEvery()} per object: the CRM cannot filter that list by time, so
   * each scan reads it whole. Webhooks report deletions at once; this catches the ones they missed.
   */
  private void scanDeletions(ConnectionContext ctx, ObjectMapping mapping) {
    String stateKey = "deletions.scannedAt." + ctx.name() + "." + mapping.objectType();
    Instant now = clock.instant();
    Optional<Instant> last = store.state().get(stateKey).map(Instant::parse);
    if (last.isPresent() && last.get().plus(settings.deletionScanEvery()).isAfter(now)) {
      return;
    }
    String cursor = null;
    int found = 0;
    ChangePage page;
    do {
      page = ctx.connection().changeFeed().deletions(mapping.objectType(), cursor);
      found += store.inbox().add(page.changes().stream().map(SyncEngine::draft).toList());
      cursor = page.nextCursor();
    } while (page.hasMore());
    store.state().put(stateKey, now.toString());
    if (found > 0) {
      progress.accept(ctx.name() + " " + mapping.objectType() + ": " + found + " newly deleted records found");
    }
  }

  /** Sends every write that is due, except on paused connections; a connection told to wait long is paused. */
  public SyncReport drain() {
    return drainer.drain(activeContexts(), this::pause).toReport();
  }

  /** One round of {@link #drain} in full batches: what a pass sends beside its processing. */
  private SyncReport drainFullBatches() {
    return drainer.drainFullBatches(activeContexts(), this::pause).toReport();
  }

  private Map<String, ConnectionContext> activeContexts() {
    Map<String, ConnectionContext> active = new LinkedHashMap<>();
    contexts.forEach((name, ctx) -> {
      if (pausedUntil(name).isEmpty()) {
        active.put(name, ctx);
      }
    });
    return active;
  }

  /**
   * Reads the object's feed page by page into the inbox and processes each page, while the next pages and (beside
   * the search for the page after) their people's companies are read ahead ({@link PagePrefetch},
   * {@link LeadPipeline#readCompaniesAhead}) and the outbox
   * is drained on another thread ({@link BackgroundDrain}): the CRM's search, reads and writes overlap instead of
   * waiting for one another. The cursor moves only after its page is
   * in the inbox. The pass ends at the first page holding changes made after it began: those are mostly
   * Revbridge's own writes coming back, and the next pass reads them (a long backfill would otherwise read every
   * record twice and spend the scarce search calls on echoes).
   */
  private SyncReport pollAndProcess(ConnectionContext ctx, ObjectMapping mapping, RecentKeys<RecordRef> scored,
      String pollLease) {
    String object = mapping.objectType();
    Instant passStart = clock.instant();
    Set<String> fields = LeadPipeline.fieldsToFetch(mapping);
    RecentKeys<String> read = new RecentKeys<>();
    SyncReport report = SyncReport.EMPTY;
    BackgroundDrain writes = new BackgroundDrain(ctx.name(), this::drainFullBatches, this::drain,
        OutboxDrainer.LINGER);
    int maxBatch = Math.max(1, ctx.connection().writer().maxBatch());
    long updatesSent = queuedUpdates.get();
    long tasksSent = queuedTasks.get();
    try (PagePrefetch pages = new PagePrefetch(ctx.name(),
        cursor -> ctx.connection().changeFeed().poll(object, cursor, fields),
        ahead -> pipeline.readCompaniesAhead(ctx, mapping,
            ahead.changes().stream().flatMap(c -> c.record().stream()).filter(r -> !r.archived()).toList()),
        page -> !changedSince(page, passStart) && !stopping)) {
      pages.start(store.cursors().get(ctx.name(), object).orElse(null));
      while (true) {
        ChangePage page = pages.take();
        boolean last = !page.hasMore() || changedSince(page, passStart);
        store.inbox().add(page.changes().stream().map(SyncEngine::draft).toList());
        // Renewed per page; losing it (this pass stalled longer than the lease) means another instance polls
        // now: stop here rather than both moving the cursor.
        if (!store.leases().tryAcquire(pollLease, lease.owner(), lease.duration())) {
          progress.accept(ctx.name() + " " + object + ": another instance took over polling");
          break;
        }
        store.cursors().put(ctx.name(), object, page.nextCursor());
        page.changes().forEach(c -> read.add(c.ref().id()));
        report = report.plus(processPending(scored));
        // A round once a full batch of tasks or a batch per concurrent sender of updates waits: the writes go out
        // in full batches (the rate limit counts calls, not records). While fewer wait, a round each page sends
        // only the batches that are full or have waited OutboxDrainer.LINGER, so a write that will not be joined
        // soon (a webhook's, while the pass reads records needing none) goes now, not when a long pass ends.
        if (queuedTasks.get() - tasksSent >= maxBatch
            || queuedUpdates.get() - updatesSent >= (long) maxBatch * settings.drainConcurrency()) {
          updatesSent = queuedUpdates.get();
          tasksSent = queuedTasks.get();
          writes.nudge();
        } else if (queuedUpdates.get() > updatesSent || queuedTasks.get() > tasksSent) {
          writes.nudge();
        }
        writes.failIfFailed();
        progress.accept(String.format("%s %s: %,d read, %,d scored so far", ctx.name(), object, read.count(),
            scored.count()));
        if (last || stopping) {
          break;
        }
      }
    } catch (RuntimeException e) {
      try {
        writes.finish();
      } catch (RuntimeException drainFailure) {
        if (drainFailure != e) {
          e.addSuppressed(drainFailure); // the pass's own failure is the one to report
        }
      }
      throw e;
    }
    report = report.plus(writes.finish());
    store.state().put(LAST_POLL + ctx.name(), clock.instant().toString());
    return report.plus(SyncReport.read((int) read.count()));
  }

  /** Whether the page holds a change made at or after {@code since} (by the CRM's clock, so skew only shifts work). */
  private static boolean changedSince(ChangePage page, Instant since) {
    return page.changes().stream().anyMatch(c -> c.occurredAt() != null && !c.occurredAt().isBefore(since));
  }

  /**
   * The change feed of one object from its stored cursor, page by page, as long as the CRM says there is
   * more. Lazy: each page is fetched when the previous one has been handled; nothing here moves the cursor.
   */
  private Iterable<ChangePage> pages(ConnectionContext ctx, ObjectMapping mapping) {
    String object = mapping.objectType();
    Set<String> fields = LeadPipeline.fieldsToFetch(mapping);
    String start = store.cursors().get(ctx.name(), object).orElse(null);
    return () -> new Iterator<>() {
      private String cursor = start;
      private boolean more = true;

      @Override
      public boolean hasNext() {
        return more;
      }

      @Override
      public ChangePage next() {
        if (!more) {
          throw new NoSuchElementException();
        }
        ChangePage page = ctx.connection().changeFeed().poll(object, cursor, fields);
        cursor = page.nextCursor();
        more = page.hasMore();
        return page;
      }
    };
  }

  private boolean pollable(ConnectionContext ctx) {
    if (!ctx.can(Capability.POLL)) {
      progress.accept(ctx.name() + ": skipped, this connection cannot be polled yet (" + ctx.crm() + ")");
      return false;
    }
    return true;
  }

  private List<ObjectMapping> personMappings(ConnectionContext ctx) {
    List<ObjectMapping> result = new ArrayList<>();
    for (String object : connections.get(ctx.name()).objects()) {
      Optional<ObjectMapping> mapping = mappings.forObject(ctx.crm(), object);
      if (mapping.isPresent()
          && (mapping.get().canonical() == CanonicalKind.PERSON || mapping.get().canonical() == CanonicalKind.DEAL)) {
        result.add(mapping.get());
      } else {
        progress.accept(ctx.name() + ": " + object + " is read for context only; people are scored, deals forecast");
      }
    }
    return result;
  }

  /** Creates Revbridge's own fields in the CRM once per engine, before the first write. */
  private void ensureFields(ConnectionContext ctx) {
    if (!ctx.can(Capability.SCHEMA) || !fieldsEnsured.add(ctx.name())) {
      return;
    }
    List<FieldSpec> specs = new ArrayList<>();
    for (String object : connections.get(ctx.name()).objects()) {
      mappings.forObject(ctx.crm(), object).ifPresent(m -> specs.addAll(m.ownedFields()));
    }
    if (specs.isEmpty()) {
      return;
    }
    List<String> problems = new ArrayList<>();
    for (FieldStatus status : ctx.connection().schema().ensureFields(specs, true)) {
      switch (status.state()) {
        case CREATED -> progress.accept(ctx.name() + ": created field " + status.field().objectType() + "." + status.field().name());
        case FAILED, MISSING -> problems.add(status.field().objectType() + "." + status.field().name() + ": " + status.detail());
        default -> { }
      }
    }
    if (!problems.isEmpty()) {
      fieldsEnsured.remove(ctx.name());
      throw new IllegalStateException(ctx.name() + ": Revbridge could not create its fields: "
          + String.join("; ", problems) + " — check that the token may manage properties (run `revbridge check`)");
    }
  }

  private static InboxDraft draft(Change change) {
    return new InboxDraft(change.eventKey(), change.ref().connection(), change.ref().objectType(), change.ref().id(),
        change.kind().name(), change.occurredAt(), change.record().map(Json::write).orElse(null));
  }

}
