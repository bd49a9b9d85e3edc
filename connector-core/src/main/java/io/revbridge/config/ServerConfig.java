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
 * @param webhookConcurrency most webhook requests read and stored at once (so at most this many bodies in memory)
 * @param webhookWaitMillis how long a webhook request waits for its turn before it is answered 503
 */
public record ServerConfig(int port, int webhookMaxBytes, Optional<Secret> adminToken, Optional<Secret> viewerToken,
    int webhookConcurrency, int webhookWaitMillis) {
  public static final int DEFAULT_WEBHOOK_MAX_BYTES = 1_048_576;
  public static final int DEFAULT_WEBHOOK_CONCURRENCY = 16;
  public static final int DEFAULT_WEBHOOK_WAIT_MILLIS = 2_000;

  public ServerConfig {
    Objects.requireNonNull(adminToken, "adminToken");
    Objects.requireNonNull(viewerToken, "viewerToken");
    if (webhookConcurrency < 1) {
      throw new IllegalArgumentException("server.webhookConcurrency must be at least 1, was " + webhookConcurrency);
    }
    if (webhookWaitMillis < 0) {
      throw new IllegalArgumentException("server.webhookWaitMillis must be 0 or more, was " + webhookWaitMillis);
    }
  }

  public ServerConfig(int port, int webhookMaxBytes, Optional<Secret> adminToken) {
    this(port, webhookMaxBytes, adminToken, Optional.empty(), DEFAULT_WEBHOOK_CONCURRENCY, DEFAULT_WEBHOOK_WAIT_MILLIS);
  }

  public ServerConfig(int port, int webhookMaxBytes) {
    this(port, webhookMaxBytes, Optional.empty());
  }

  public ServerConfig(int port) {
    this(port, DEFAULT_WEBHOOK_MAX_BYTES);
  }
}
