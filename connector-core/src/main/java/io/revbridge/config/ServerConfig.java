package io.revbridge.config;

import io.revbridge.spi.Secret;
import java.util.Objects;
import java.util.Optional;

/**
 * The HTTP server for webhooks, health, metrics and the admin API ({@code server.*}, and {@code admin.token}).
 *
 * @param webhookMaxBytes largest webhook body accepted; larger ones are refused with 413 before being read whole
 * @param adminToken the bearer token the admin API requires; empty turns the admin API and the console off
 * @param viewerToken the token that signs in to the console read-only; empty means no viewer sign-in
 */
public record ServerConfig(int port, int webhookMaxBytes, Optional<Secret> adminToken, Optional<Secret> viewerToken) {
  public static final int DEFAULT_WEBHOOK_MAX_BYTES = 1_048_576;

  public ServerConfig {
    Objects.requireNonNull(adminToken, "adminToken");
    Objects.requireNonNull(viewerToken, "viewerToken");
  }

  public ServerConfig(int port, int webhookMaxBytes, Optional<Secret> adminToken) {
    this(port, webhookMaxBytes, adminToken, Optional.empty());
  }

  public ServerConfig(int port, int webhookMaxBytes) {
    this(port, webhookMaxBytes, Optional.empty(), Optional.empty());
  }

  public ServerConfig(int port) {
    this(port, DEFAULT_WEBHOOK_MAX_BYTES);
  }
}
