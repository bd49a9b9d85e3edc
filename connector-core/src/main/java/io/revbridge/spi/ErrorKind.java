package io.revbridge.spi;

/** How the engine must react to a failure. */
public enum ErrorKind {
  /** Try again later: 429, 5xx, timeouts, a session that expired and was renewed. */
  RETRYABLE,
  /** This item will never succeed as it is (validation): dead-letter it, carry on with the rest. */
  PERMANENT_ITEM,
  /** The record no longer exists in the CRM (deleted or merged away): mark it deleted, never write to it again. */
  RECORD_GONE,
  /** Nothing on this connection will succeed (bad credentials, missing permission): stop and tell the user. */
  PERMANENT_CONNECTION
}
