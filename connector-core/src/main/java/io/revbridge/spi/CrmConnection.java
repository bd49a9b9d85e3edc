package io.revbridge.spi;

import java.util.Set;

/**
 * One live connection to one CRM account. Thread-safe: the engine may call the capabilities below from
 * several threads. {@link #close()} releases HTTP resources and may be called from any thread.
 */
public interface CrmConnection extends AutoCloseable {
  String name();

  Set<Capability> capabilities();

  ChangeFeed changeFeed();

  RecordReader reader();

  RecordWriter writer();

  OwnerDirectory owners();

  WebhookReceiver webhooks();

  SchemaAdmin schema();

  /** The CRM's sales activities; {@link ActivityFeed#NONE} when the adapter reads none. */
  default ActivityFeed activities() {
    return ActivityFeed.NONE;
  }

  /** The stage changes of the CRM's deals; {@link StageHistory#NONE} when the adapter reads none. */
  default StageHistory stageHistory() {
    return StageHistory.NONE;
  }

  /**
   * Checks credentials and permissions with live calls, bounded by a timeout. Never throws for a failed
   * check: every failure is an item of the report, in words a RevOps admin can act on.
   */
  CheckReport check();

  /**
   * What the adapter knows of this connection's API allowance from the CRM's own responses (limit headers, limit
   * info). Never makes a call; cheap enough for every {@code /ready} and {@code /metrics} scrape.
   */
  default ApiUsage usage() {
    return ApiUsage.UNKNOWN;
  }

  /**
   * From now on, tells {@code listener} about every API call this connection makes and every wait it takes for
   * the CRM's limits (replacing the listener set before). Adapters that cannot report ignore it.
   */
  default void listen(ApiListener listener) { }

  @Override
  void close();
}
