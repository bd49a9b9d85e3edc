package io.revbridge.config;

/**
 * The HTTP server for webhooks, health, metrics and the admin API ({@code server.*}).
 *
 * @param webhookMaxBytes largest webhook body accepted; larger ones are refused with 413 before being read whole
 */
public record ServerConfig(int port, int webhookMaxBytes) {
  public static final int DEFAULT_WEBHOOK_MAX_BYTES = 1_048_576;

  public ServerConfig(int port) {
    this(port, DEFAULT_WEBHOOK_MAX_BYTES);
  }
}
