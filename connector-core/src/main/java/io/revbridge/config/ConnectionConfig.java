package io.revbridge.config;

import io.revbridge.spi.ConnectionSettings;
import io.revbridge.spi.OAuthCredentials;
import io.revbridge.spi.Secret;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of {@code connections}: a CRM account Revbridge syncs with. Secrets are already resolved from
 * the environment; {@code toString} shows them as {@code ****}.
 *
 * @param baseUrl empty means the CRM's real service (the adapter knows its URL)
 * @param objects never empty: the CRM's default objects when the file names none
 * @param oauth OAuth app credentials ({@code oauth.*}), when the file gives a refresh token
 */
public record ConnectionConfig(
    String name,
    String crm,
    Optional<String> baseUrl,
    Optional<Secret> accessToken,
    Optional<Secret> clientSecret,
    List<String> objects,
    Map<String, String> options,
    Optional<OAuthCredentials> oauth) {

  public ConnectionConfig {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(crm, "crm");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(accessToken, "accessToken");
    Objects.requireNonNull(clientSecret, "clientSecret");
    objects = List.copyOf(objects);
    options = Map.copyOf(options);
    oauth = oauth == null ? Optional.empty() : oauth;
  }

  /** A connection without OAuth. */
  public ConnectionConfig(String name, String crm, Optional<String> baseUrl, Optional<Secret> accessToken,
      Optional<Secret> clientSecret, List<String> objects, Map<String, String> options) {
    this(name, crm, baseUrl, accessToken, clientSecret, objects, options, Optional.empty());
  }

  /** The connection as the adapter SPI takes it. */
  public ConnectionSettings toSettings() {
    return new ConnectionSettings(name, crm, baseUrl, accessToken, clientSecret, objects, options, oauth);
  }
}
