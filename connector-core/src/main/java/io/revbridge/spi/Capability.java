package io.revbridge.spi;

/** What a connection can do; the engine skips stages whose capability is missing and says so. */
public enum Capability {
  POLL,
  READ,
  WRITE,
  TASKS,
  OWNERS,
  WEBHOOKS,
  SCHEMA
}
