package io.revbridge.app;

import io.revbridge.sync.SyncEngine;
import io.revbridge.sync.SyncReport;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Keeps an engine going: a full poll pass every interval, and in between, every second, processing of
 * what webhooks queued. One lock serialises the two, since the engine is not re-entrant. A failed pass
 * is reported (once while it keeps failing the same way: {@link FailureLog}) and retried at the next tick;
 * it never stops the schedule.
 */
final class ContinuousSync implements AutoCloseable {
  private static final Duration WEBHOOK_TICK = Duration.ofSeconds(1);
  private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(30);

  private final SyncEngine engine;
  private final Consumer<String> log;
  private final Consumer<SyncReport> reports;
  private final FailureLog failures;
  private final ReentrantLock lock = new ReentrantLock();
  private final AtomicBoolean firstPassDone = new AtomicBoolean();
  private volatile Runnable afterPass = () -> { };
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "revbridge-sync");
    t.setDaemon(true);
    return t;
  });

  ContinuousSync(SyncEngine engine, Consumer<String> log) {
    this(engine, log, report -> { });
  }

  /** @param reports told the outcome of every pass and webhook tick (for metrics) */
  ContinuousSync(SyncEngine engine, Consumer<String> log, Consumer<SyncReport> reports) {
    this.engine = engine;
    this.log = log;
    this.reports = reports;
    this.failures = new FailureLog(log);
  }

  void start(Duration pollInterval) {
    scheduler.scheduleWithFixedDelay(this::pollPass, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    scheduler.scheduleWithFixedDelay(this::webhookPass, WEBHOOK_TICK.toMillis(), WEBHOOK_TICK.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /** Runs after every poll pass, under the same lock (the hand-off, which follows what the pass scored). */
  void afterEachPass(Runnable work) {
    this.afterPass = work;
  }

  /** True once the first poll pass finished (successfully or not): the service has caught up once. */
  boolean ready() {
    return firstPassDone.get();
  }

  private void pollPass() {
    guarded("sync pass", () -> {
      SyncReport report = engine.syncOnce();
      reports.accept(report);
      log.accept(Summary.sync(report));
      afterPass.run();
    });
    firstPassDone.set(true);
  }

  private void webhookPass() {
    guarded("webhook processing", () -> {
      reports.accept(engine.processPending().plus(engine.drain()));
    });
  }

  private void guarded(String what, Runnable work) {
    lock.lock();
    try {
      work.run();
      failures.succeeded(what);
    } catch (RuntimeException e) {
      failures.failed(what, e);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Graceful stop: no new pass starts, the pass in flight ends after its current batch (its writes are
   * sent and settled), and then every lease this instance holds is handed back so other instances take
   * its share at once. A pass that does not end within the grace period is interrupted; its leases then
   * run out by themselves.
   */
  @Override
  public void close() {
    engine.requestStop();
    scheduler.shutdown();
    try {
      if (!scheduler.awaitTermination(SHUTDOWN_GRACE.toSeconds(), TimeUnit.SECONDS)) {
        log.accept("the sync pass did not end within " + SHUTDOWN_GRACE.toSeconds() + " s; interrupting it");
        scheduler.shutdownNow();
        scheduler.awaitTermination(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      scheduler.shutdownNow();
      Thread.currentThread().interrupt();
    }
    try {
      engine.releaseLeases();
    } catch (RuntimeException e) {
      log.accept("could not hand back this instance's leases (they run out by themselves): " + e.getMessage());
    }
  }
}
