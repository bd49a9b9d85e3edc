package io.revbridge.notify;

import io.revbridge.store.NotificationRow;
import io.revbridge.store.NotificationStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Sends queued notifications to every channel, apart from the pipeline: at most {@code maxPerMinute} per rolling
 * minute (the rest wait in the queue, nothing sleeps), failures retried with doubling waits up to
 * {@code maxAttempts}, and notifications older than {@code maxAge} dropped as stale (a hot-lead alert an hour
 * late helps nobody). A channel failure is recorded on the row, never thrown. Thread-safe.
 */
public final class NotificationSender {
  /** The sender's limits; see the class comment. */
  public record Settings(int maxPerMinute, int maxAttempts, Duration retryBase, Duration maxAge) {
    public static final Settings DEFAULTS = new Settings(20, 6, Duration.ofSeconds(30), Duration.ofHours(1));

    public Settings {
      if (maxPerMinute < 1 || maxAttempts < 1 || retryBase.isNegative() || maxAge.isNegative()) {
        throw new IllegalArgumentException("maxPerMinute and maxAttempts must be at least 1, durations not negative");
      }
    }
  }

  private static final Duration LEASE = Duration.ofMinutes(2);
  private static final Duration MAX_WAIT = Duration.ofHours(1);

  private final NotificationStore store;
  private final List<NotificationChannel> channels;
  private final Clock clock;
  private final Settings settings;
  private final Deque<Instant> recent = new ArrayDeque<>();

  public NotificationSender(NotificationStore store, List<NotificationChannel> channels, Clock clock, Settings settings) {
    this.store = store;
    this.channels = List.copyOf(channels);
    this.clock = clock;
    this.settings = settings;
  }

  /** Sends what is due, within the rate limit. @return how many notifications reached every channel */
  public synchronized int sendDue() {
    Instant now = clock.instant();
    while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(Duration.ofMinutes(1)))) {
      recent.pollFirst();
    }
    int allowed = settings.maxPerMinute() - recent.size();
    if (allowed <= 0 || channels.isEmpty()) {
      return 0;
    }
    int sent = 0;
    for (NotificationRow row : store.claimDue(now, allowed, LEASE)) {
      if (row.createdAt().plus(settings.maxAge()).isBefore(now)) {
        store.settle(row.id(), NotificationRow.EXPIRED, row.deliveredTo(), row.attempts(), now, "older than "
            + settings.maxAge().toMinutes() + " minutes, not sent", now);
        continue;
      }
      recent.addLast(now);
      if (deliver(row, now)) {
        sent++;
      }
    }
    return sent;
  }

  private boolean deliver(NotificationRow row, Instant now) {
    Notification notification = JsonPost.read(row.payload(), Notification.class);
    Set<String> delivered = new HashSet<>(row.deliveredTo());
    ChannelException failure = null;
    for (NotificationChannel channel : channels) {
      if (delivered.contains(channel.name())) {
        continue;
      }
      try {
        channel.send(notification);
        delivered.add(channel.name());
      } catch (ChannelException e) {
        failure = failure == null || !e.retryable() ? e : failure;
      }
    }
    if (failure == null) {
      store.settle(row.id(), NotificationRow.SENT, delivered, row.attempts(), now, null, now);
      return true;
    }
    int attempts = row.attempts() + 1;
    boolean retry = failure.retryable() && attempts < settings.maxAttempts();
    store.settle(row.id(), retry ? NotificationRow.PENDING : NotificationRow.DEAD, delivered, attempts,
        retry ? now.plus(wait(attempts)) : now, failure.getMessage(), now);
    return false;
  }

  private Duration wait(int attempts) {
    Duration wait = settings.retryBase().multipliedBy(1L << Math.min(attempts - 1, 20));
    return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
  }
}
