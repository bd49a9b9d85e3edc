package io.revbridge.app;

import io.revbridge.sync.SyncEngine;
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

  private final SyncEngine engine;
  private final Consumer<String> log;
  private final FailureLog failures;
  private final ReentrantLock lock = new ReentrantLock();
  private final AtomicBoolean firstPassDone = new AtomicBoolean();
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "revbridge-sync");
    t.setDaemon(true);
    return t;
  });

  ContinuousSync(SyncEngine engine, Consumer<String> log) {
    this.engine = engine;
    this.log = log;
    this.failures = new FailureLog(log);
  }

  void start(Duration pollInterval) {
    scheduler.scheduleWithFixedDelay(this::pollPass, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    scheduler.scheduleWithFixedDelay(this::webhookPass, WEBHOOK_TICK.toMillis(), WEBHOOK_TICK.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /** True once the first poll pass finished (successfully or not): the service has caught up once. */
  boolean ready() {
    return firstPassDone.get();
  }

  private void pollPass() {
    guarded("sync pass", () -> log.accept(Summary.sync(engine.syncOnce())));
    firstPassDone.set(true);
  }

  private void webhookPass() {
    guarded("webhook processing", () -> {
      engine.processPending();
      engine.drain();
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

  @Override
  public void close() {
    scheduler.shutdownNow();
    try {
      scheduler.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
