package io.revbridge.store;

import java.time.Instant;
import java.util.Set;

/**
 * A queued notification as the sender sees it.
 *
 * @param deliveredTo the channels that already have it
 * @param attempts failed attempts so far
 */
public record NotificationRow(long id, String key, String kind, String payload, int attempts, Set<String> deliveredTo,
    Instant createdAt) {
  public static final String PENDING = "PENDING";
  public static final String SENT = "SENT";
  public static final String DEAD = "DEAD";
  public static final String EXPIRED = "EXPIRED";

  public NotificationRow {
    deliveredTo = Set.copyOf(deliveredTo);
  }
}
