package io.revbridge.app;

import io.revbridge.notify.NotificationSender;
import io.revbridge.sync.SequenceRunner;
import io.revbridge.sync.SlaWatch;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Every few seconds, on a thread of its own: runs the SLA clocks (reminders, escalations), queues the tasks of due
 * sequence steps (the sync loop's drain writes them) and sends queued notifications, so neither a slow chat service
 * nor a burst of breaches holds back the sync passes. A failed round is reported and the next tick tries again.
 */
final class FollowThroughLoop implements AutoCloseable {
  private static final Duration TICK = Duration.ofSeconds(5);
  /** How long a stop waits for the round in flight (a slow chat service's call included) before interrupting it. */
  static final Duration ROUND_GRACE = Duration.ofSeconds(30);

  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "revbridge-notify");
    t.setDaemon(true);
    return t;
  });
  private final Consumer<String> log;

  /** @param alerts queues the console's alerts as notifications (it paces itself; called every tick) */
  FollowThroughLoop(SlaWatch slas, SequenceRunner sequences, Optional<NotificationSender> sender, Runnable alerts,
      Consumer<String> log) {
    this(() -> {
      slas.check();
      sequences.runDue();
      alerts.run();
      sender.ifPresent(NotificationSender::sendDue);
    }, TICK, log);
  }

  FollowThroughLoop(Runnable round, Duration tick, Consumer<String> log) {
    this.log = log;
    scheduler.scheduleWithFixedDelay(() -> {
      try {
        round.run();
      } catch (RuntimeException e) {
        log.accept("SLA check or notifications failed: " + e.getMessage() + " — retrying at the next tick");
      }
    }, tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Lets the round in flight finish, then stops. Not an interrupt: one that lands while the round is in a store
   * call closes H2's file channel, for every thread (Java closes a channel whose reader is interrupted), and H2
   * then closes the database under the sync pass still settling its batch.
   */
  @Override
  public void close() {
    scheduler.shutdown();
    try {
      if (!scheduler.awaitTermination(ROUND_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        log.accept("the SLA and notification round did not end within " + ROUND_GRACE.toSeconds()
            + " s; interrupting it");
        scheduler.shutdownNow();
      }
    } catch (InterruptedException e) {
      scheduler.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
