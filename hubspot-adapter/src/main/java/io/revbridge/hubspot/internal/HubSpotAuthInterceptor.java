package io.revbridge.hubspot.internal;

import io.revbridge.spi.ConnectionCrmException;
import io.revbridge.spi.Secret;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds {@code Authorization: Bearer <token>} to calls to the configured HubSpot host, and only that host,
 * so a redirect or a stray absolute URL never carries the token elsewhere. With OAuth, a 401 gets one
 * refresh and one more attempt (HubSpot did not act on a call it refused); a second 401 fails the
 * connection with "reconnect".
 *
 * <p>Error contract: throws {@link ConnectionCrmException} when no token can be had (code {@code NO_TOKEN}
 * or {@code RECONNECT}); otherwise passes the chain's exceptions and responses through. Sits outside the
 * error interceptor, so a 401 arrives here as its {@link ConnectionCrmException}.
 */
public final class HubSpotAuthInterceptor implements Interceptor {
  private final String connection;
  private final String host;
  private final HubSpotTokens tokens;

  public HubSpotAuthInterceptor(String connection, String host, HubSpotTokens tokens) {
    this.connection = connection;
    this.host = host;
    this.tokens = tokens;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!request.url().host().equals(host)) {
      return chain.proceed(request);
    }
    Secret token = tokens.current();
    try {
      return chain.proceed(withToken(request, token));
    } catch (ConnectionCrmException e) {
      if (!tokens.refreshable() || !rejectedToken(e)) {
        throw e;
      }
    }
    Secret fresh = tokens.afterRejection(token);
    try {
      return chain.proceed(withToken(request, fresh));
    } catch (ConnectionCrmException e) {
      if (!rejectedToken(e)) {
        throw e;
      }
      throw new ConnectionCrmException("RECONNECT", "HubSpot rejects connection '" + connection + "''s access"
          + " token even right after a refresh (" + HubSpotApiError.of(e).map(Throwable::getMessage).orElse("401")
          + "). Reconnect: install the app in the HubSpot account again and set oauth.refreshToken to the new"
          + " refresh token.", e);
    }
  }

  private static boolean rejectedToken(ConnectionCrmException e) {
    return HubSpotApiError.of(e).map(api -> api.status() == 401).orElse(false);
  }

  private static Request withToken(Request request, Secret token) {
    return request.newBuilder().header("Authorization", "Bearer " + token.reveal()).build();
  }
}
