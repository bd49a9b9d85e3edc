package io.revbridge.spi;

import java.util.Objects;

/**
 * An OAuth app's credentials for one installed account: enough to obtain access tokens with the
 * refresh-token grant. Secrets print as {@code ****}.
 *
 * @param clientId the app's client id (not secret: it is part of every install URL)
 * @param refreshToken the refresh token from the account's install; the adapter may receive a rotated one
 */
public record OAuthCredentials(String clientId, Secret clientSecret, Secret refreshToken) {
  public OAuthCredentials {
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(clientSecret, "clientSecret");
    Objects.requireNonNull(refreshToken, "refreshToken");
  }
}
