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
 * sequence steps (the sync loop's drain writes them) and sends queued notifications, so neither a slow chat service nor a burst of breaches holds back the sync passes. A failed round
 * is reported and the next tick tries again.
 */
final class FollowThroughLoop implements AutoCloseable {
  private static final Duration TICK = Duration.ofSeconds(5);

  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "revbridge-notify");
    t.setDaemon(true);
    return t;
  });

  /** @param alerts queues the console's alerts as notifications (it paces itself; called every tick) */
  FollowThroughLoop(SlaWatch slas, SequenceRunner sequences, Optional<NotificationSender> sender, Runnable alerts,
      Consumer<String> log) {
    scheduler.scheduleWithFixedDelay(() -> {
      try {
        slas.check();
        sequences.runDue();
        alerts.run();
        sender.ifPresent(NotificationSender::sendDue);
      } catch (RuntimeException e) {
        log.accept("SLA check or notifications failed: " + e.getMessage() + " — retrying at the next tick");
      }
    }, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
