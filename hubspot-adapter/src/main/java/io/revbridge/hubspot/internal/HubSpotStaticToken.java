package io.revbridge.hubspot.internal;

import io.revbridge.spi.ConnectionCrmException;
import io.revbridge.spi.Secret;
import java.util.Optional;

/** A private app's access token: it does not expire, so a 401 means it was rotated or revoked. */
public final class HubSpotStaticToken implements HubSpotTokens {
  private final String connection;
  private final Optional<Secret> token;

  public HubSpotStaticToken(String connection, Optional<Secret> token) {
    this.connection = connection;
    this.token = token;
  }

  @Override
  public Secret current() {
    return token.orElseThrow(() -> new ConnectionCrmException("NO_TOKEN",
        "Connection '" + connection + "' has no HubSpot access token. Set its accessToken to a reference such as"
            + " ${HUBSPOT_TOKEN}, or configure oauth. " + HubSpotScopes.privateAppAdvice(), null));
  }

  @Override
  public boolean refreshable() {
    return false;
  }

  @Override
  public Secret afterRejection(Secret rejected) {
    return current();
  }
}
