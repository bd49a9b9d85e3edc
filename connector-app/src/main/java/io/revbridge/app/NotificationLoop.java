package io.revbridge.app;

import io.revbridge.notify.NotificationSender;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Sends queued notifications every few seconds on a thread of its own, so a slow chat service never holds back
 * the sync passes. A failed round is reported and the next tick tries again.
 */
final class NotificationLoop implements AutoCloseable {
  private static final Duration TICK = Duration.ofSeconds(5);

  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "revbridge-notify");
    t.setDaemon(true);
    return t;
  });

  NotificationLoop(NotificationSender sender, Consumer<String> log) {
    scheduler.scheduleWithFixedDelay(() -> {
      try {
        sender.sendDue();
      } catch (RuntimeException e) {
        log.accept("sending notifications failed: " + e.getMessage() + " — retrying at the next tick");
      }
    }, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
