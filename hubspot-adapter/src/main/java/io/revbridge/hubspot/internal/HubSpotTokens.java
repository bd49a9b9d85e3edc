package io.revbridge.hubspot.internal;

import io.revbridge.spi.Secret;

/**
 * Where the bearer token of a connection comes from: a private app's fixed token, or OAuth access tokens
 * that expire and are refreshed. Thread-safe.
 *
 * <p>Error contract: {@link io.revbridge.spi.ConnectionCrmException} when no token can be had (none
 * configured, refresh token refused: the admin must act); {@link io.revbridge.spi.RetryableCrmException}
 * when the token endpoint could not be reached.
 */
public interface HubSpotTokens {
  /** The token to send now; an OAuth source refreshes first when the current one is about to expire. */
  Secret current();

  /** Whether {@link #afterRejection} can give a different token. */
  boolean refreshable();

  /**
   * HubSpot answered 401 to {@code rejected}: a new token, refreshed at most once per rejected token
   * (threads that saw the same rejection share one refresh).
   */
  Secret afterRejection(Secret rejected);
}
