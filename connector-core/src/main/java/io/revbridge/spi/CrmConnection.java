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

  /**
   * Checks credentials and permissions with live calls, bounded by a timeout. Never throws for a failed
   * check: every failure is an item of the report, in words a RevOps admin can act on.
   */
  CheckReport check();

  @Override
  void close();
}
