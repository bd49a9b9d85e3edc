package io.revbridge.hubspot.internal;

import io.revbridge.spi.ConnectionCrmException;
import io.revbridge.spi.Secret;
import java.io.IOException;
import java.util.Optional;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Adds {@code Authorization: Bearer <token>} to calls to the configured HubSpot host, and only that host,
 * so a redirect or a stray absolute URL never carries the token elsewhere.
 *
 * <p>Error contract: throws {@link ConnectionCrmException} (code {@code NO_TOKEN}) before any I/O when the
 * connection has no token; otherwise passes the chain's {@link IOException}s and responses through.
 */
public final class HubSpotAuthInterceptor implements Interceptor {
  private final String connection;
  private final String host;
  private final Optional<Secret> token;

  public HubSpotAuthInterceptor(String connection, String host, Optional<Secret> token) {
    this.connection = connection;
    this.host = host;
    this.token = token;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    if (!chain.request().url().host().equals(host)) {
      return chain.proceed(chain.request());
    }
    Secret secret =
        token.orElseThrow(
            () ->
                new ConnectionCrmException(
                    "NO_TOKEN",
                    "Connection '" + connection + "' has no HubSpot access token. Set its accessToken"
                        + " to a reference such as ${HUBSPOT_TOKEN}. " + HubSpotScopes.privateAppAdvice(),
                    null));
    return chain.proceed(
        chain.request().newBuilder().header("Authorization", "Bearer " + secret.reveal()).build());
  }
}
