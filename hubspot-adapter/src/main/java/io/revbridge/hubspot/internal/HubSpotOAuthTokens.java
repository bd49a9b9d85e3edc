package io.revbridge.hubspot.internal;

import io.revbridge.spi.OAuthCredentials;
import io.revbridge.spi.Secret;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OAuth access tokens for one connection: obtained with the refresh-token grant, refreshed before they
 * expire (HubSpot says a 401 is not a reliable signal, api-notes §8) and once after a 401. A refresh token
 * HubSpot rotates is saved to the {@link HubSpotRefreshTokenFile}. Refreshes are serialised by this
 * object's lock, so concurrent callers share one. Neither token is ever logged.
 */
public final class HubSpotOAuthTokens implements HubSpotTokens {
  /** Refresh this long before expiry (or at half the lifetime, for short-lived tokens). */
  static final Duration EARLY = Duration.ofMinutes(5);

  private static final Logger LOG = LoggerFactory.getLogger(HubSpotOAuthTokens.class);

  private final String connection;
  private final OAuthCredentials app;
  private final HubSpotOAuthEndpoint endpoint;
  private final HubSpotRefreshTokenFile file;
  private final Clock clock;
  private Secret refreshToken;
  private Secret accessToken;
  private Instant refreshAt = Instant.MIN;

  public HubSpotOAuthTokens(String connection, OAuthCredentials app, HubSpotOAuthEndpoint endpoint,
      HubSpotRefreshTokenFile file, Clock clock) {
    this.connection = connection;
    this.app = app;
    this.endpoint = endpoint;
    this.file = file;
    this.clock = clock;
    this.refreshToken = file.load(app.refreshToken());
  }

  @Override
  public synchronized Secret current() {
    if (accessToken == null || !clock.instant().isBefore(refreshAt)) {
      refresh();
    }
    return accessToken;
  }

  @Override
  public boolean refreshable() {
    return true;
  }

  @Override
  public synchronized Secret afterRejection(Secret rejected) {
    if (accessToken == null || accessToken.equals(rejected)) {
      refresh();
    }
    return accessToken;
  }

  private void refresh() {
    Instant now = clock.instant();
    HubSpotTokenGrant grant = endpoint.refresh(app, refreshToken);
    accessToken = grant.accessToken();
    Duration early = grant.expiresIn().dividedBy(2).compareTo(EARLY) < 0 ? grant.expiresIn().dividedBy(2) : EARLY;
    refreshAt = now.plus(grant.expiresIn()).minus(early);
    if (!grant.refreshToken().equals(refreshToken)) {
      refreshToken = grant.refreshToken();
      try {
        file.save(app.refreshToken(), refreshToken);
        LOG.info("HubSpot rotated the refresh token of connection '{}'; saved it to {}", connection, file.path());
      } catch (UncheckedIOException e) {
        LOG.warn("HubSpot rotated the refresh token of connection '{}' but it could not be saved ({}); it is"
            + " kept in memory until Revbridge stops", connection, e.getMessage());
      }
    }
    LOG.debug("Refreshed the HubSpot access token of connection '{}' (valid for {} s)", connection,
        grant.expiresIn().toSeconds());
  }
}
