package io.revbridge.spi;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One configured connection as an adapter sees it: secrets already resolved from the environment.
 *
 * @param baseUrl the API base URL; empty means the CRM's real service
 * @param objects CRM object types to sync, in the CRM's own names ({@code contacts}, {@code Lead})
 * @param options adapter-specific settings that are not part of the shared config keys
 * @param oauth OAuth app credentials; when present the adapter obtains its own access tokens
 */
public record ConnectionSettings(
    String name,
    String crm,
    Optional<String> baseUrl,
    Optional<Secret> accessToken,
    Optional<Secret> clientSecret,
    List<String> objects,
    Map<String, String> options,
    Optional<OAuthCredentials> oauth) {

  public ConnectionSettings {
    objects = List.copyOf(objects);
    options = Map.copyOf(options);
    oauth = oauth == null ? Optional.empty() : oauth;
  }

  /** A connection without OAuth (static token). */
  public ConnectionSettings(String name, String crm, Optional<String> baseUrl, Optional<Secret> accessToken,
      Optional<Secret> clientSecret, List<String> objects, Map<String, String> options) {
    this(name, crm, baseUrl, accessToken, clientSecret, objects, options, Optional.empty());
  }
}
