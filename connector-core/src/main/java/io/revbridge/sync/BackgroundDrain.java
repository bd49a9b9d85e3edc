package io.revbridge.sync;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Drains the outbox on its own thread while a pass keeps reading and processing, so the CRM writes of one page
 * overlap the reads of the next. {@link #nudge} when a round's worth of writes is queued: each nudge sends one
 * round (full batches, rather than whatever the pass committed a moment ago), and after the first nudge a round
 * runs at least every {@code recheck} (for batches that waited long enough to go part-full); {@link #finish} drains
 * what is left and returns the total. A failed drain (bad credentials) ends the thread and is rethrown by
 * {@link #failIfFailed} and {@link #finish}, so the pass stops as it would have stopped draining in line.
 *
 * <p>The drain it runs must tolerate running beside the pass's processing: it claims only outbox rows, which
 * processing never claims. Called from the pass's thread only.
 */
final class BackgroundDrain {
  private final Supplier<SyncReport> round;
  private final Supplier<SyncReport> drain;
  private final Duration recheck;
  private final Thread thread;
  private final Object lock = new Object();
  private boolean wanted;
  private boolean finishing;
  private SyncReport report = SyncReport.EMPTY;
  private RuntimeException failure;

  /**
   * @param round sends one round of due writes (on a nudge)
   * @param drain sends everything due (on finish)
   * @param recheck after the first nudge, a round runs at least this often until finish
   */
  BackgroundDrain(String name, Supplier<SyncReport> round, Supplier<SyncReport> drain, Duration recheck) {
    this.round = round;
    this.drain = drain;
    this.recheck = recheck;
    this.thread = new Thread(this::loop, "revbridge-drain-" + name);
    thread.setDaemon(true);
    thread.start();
  }

  /** A round's worth of writes is queued: send a round once the one in progress (if any) ends. */
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
    boolean last;
    boolean nudgedBefore = false;
    while (true) {
      synchronized (lock) {
        try {
          if (nudgedBefore) {
            // a round hands back the part-full batches that have not waited long enough: look again once they have,
            // even if the pass queues nothing more meanwhile (it may be reading records that need no write)
            if (!wanted && !finishing) {
              lock.wait(recheck.toMillis());
            }
          } else {
            while (!wanted && !finishing) {
              lock.wait();
            }
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        if (finishing && !wanted) {
          return;
        }
        wanted = false;
        last = finishing;
      }
      nudgedBefore = true;
      try {
        SyncReport drained = last ? drain.get() : round.get();
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
