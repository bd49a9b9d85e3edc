package io.revbridge.config;

import io.revbridge.spi.Secret;
import java.util.Objects;
import java.util.Optional;

/** Where Revbridge keeps its inbox, outbox, ledger and cursors ({@code store.*}). */
public record StoreConfig(String url, Optional<String> user, Optional<Secret> password) {
  public StoreConfig {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
  }
}
