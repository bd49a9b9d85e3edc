package io.revbridge.sync;

import java.util.function.Supplier;

/**
 * Drains the outbox on its own thread while a pass keeps reading and processing, so the CRM writes of one page
 * overlap the reads of the next. {@link #nudge} after queueing writes; {@link #finish} drains what is left and
 * returns the total. A failed drain (bad credentials) ends the thread and is rethrown by {@link #failIfFailed}
 * and {@link #finish}, so the pass stops as it would have stopped draining in line.
 *
 * <p>The drain it runs must tolerate running beside the pass's processing: it claims only outbox rows, which
 * processing never claims. Called from the pass's thread only.
 */
final class BackgroundDrain {
  private final Supplier<SyncReport> drain;
  private final Thread thread;
  private final Object lock = new Object();
  private boolean wanted;
  private boolean finishing;
  private SyncReport report = SyncReport.EMPTY;
  private RuntimeException failure;

  BackgroundDrain(String name, Supplier<SyncReport> drain) {
    this.drain = drain;
    this.thread = new Thread(this::loop, "revbridge-drain-" + name);
    thread.setDaemon(true);
    thread.start();
  }

  /** New writes are queued: drain again once the drain in progress (if any) ends. */
  void nudge() {
    synchronized (lock) {
      wanted = true;
      lock.notifyAll();
    }
  }

  /** Rethrows the failure that ended the drain thread, if any. */
  void failIfFailed() {
    synchronized (lock) {
      if (failure != null) {
        throw failure;
      }
    }
  }

  /** Drains once more after the last write was queued, waits for it, and returns what every drain did. */
  SyncReport finish() {
    synchronized (lock) {
      finishing = true;
      wanted = true;
      lock.notifyAll();
    }
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        // The drain ends after its batch in flight (stop requests reach it); its rows must settle first.
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    synchronized (lock) {
      if (failure != null) {
        throw failure;
      }
      return report;
    }
  }

  private void loop() {
    while (true) {
      synchronized (lock) {
        while (!wanted && !finishing) {
          try {
            lock.wait();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
        if (!wanted) {
          return;
        }
        wanted = false;
      }
      try {
        SyncReport drained = drain.get();
        synchronized (lock) {
          report = report.plus(drained);
        }
      } catch (RuntimeException e) {
        synchronized (lock) {
          failure = e;
        }
        return;
      }
    }
  }
}
