package io.revbridge.store;

import io.revbridge.spi.Secret;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the store lives: the {@code store.url}, {@code store.user} and {@code store.password} keys of
 * {@code revbridge.yaml}.
 *
 * @param jdbcUrl {@code jdbc:h2:...} or {@code jdbc:postgresql://...}
 */
public record StoreSettings(String jdbcUrl, Optional<String> user, Optional<Secret> password) {

  /** An H2 file database under {@code ./data}, relative to the working directory; H2 creates the folder. */
  public static final String DEFAULT_URL = "jdbc:h2:file:./data/revbridge";

  public StoreSettings {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    if (jdbcUrl.isBlank()) {
      throw new IllegalArgumentException(
          "store.url is empty: set it to a JDBC URL such as " + DEFAULT_URL
              + " or jdbc:postgresql://127.0.0.1:5432/revbridge, or leave the key out for the default");
    }
  }

  /** The zero-setup default: the H2 file database at {@link #DEFAULT_URL}, no user or password. */
  public static StoreSettings defaults() {
    return of(DEFAULT_URL);
  }

  /** A URL without user or password (H2, or a PostgreSQL that trusts local connections). */
  public static StoreSettings of(String jdbcUrl) {
    return new StoreSettings(jdbcUrl, Optional.empty(), Optional.empty());
  }

  /** The URL with any password parameter masked, for messages and logs. */
  public String redactedUrl() {
    return Redaction.url(jdbcUrl);
  }

  @Override
  public String toString() {
    return "StoreSettings[jdbcUrl=" + redactedUrl() + ", user=" + user.orElse("(none)")
        + ", password=" + (password.isPresent() ? "****" : "(none)") + "]";
  }
}
