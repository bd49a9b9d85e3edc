package io.revbridge.spi;

/** What happened to a record: created or updated (both handled as "current state wins"), or deleted. */
public enum ChangeKind {
  UPSERT,
  DELETE
}
