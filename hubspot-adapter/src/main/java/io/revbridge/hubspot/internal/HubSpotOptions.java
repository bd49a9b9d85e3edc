package io.revbridge.hubspot.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The adapter's own settings from {@code connections[].options}, all optional. Parsing rejects a bad
 * value or an unknown key at once, naming the connection, the key, the allowed range and what was given.
 *
 * @param burstPer10s most calls in any 10 s window (HubSpot: 100 per private app, 190 on Pro/Enterprise)
 * @param searchPerSecond most search calls in any second (HubSpot: 5 per account; older docs said 4)
 * @param maxRetries retries of one call inside the client before the error goes to the engine
 * @param timeout bound on one HTTP call, connect to last byte
 * @param oauthTokenFile where a refresh token HubSpot rotated is kept; null means the default for the connection
 */
public record HubSpotOptions(
    int burstPer10s, int searchPerSecond, int maxRetries, Duration timeout, String oauthTokenFile) {
  public static final int DEFAULT_BURST_PER_10S = 100;
  public static final int DEFAULT_SEARCH_PER_SECOND = 4;
  public static final int DEFAULT_MAX_RETRIES = 5;
  public static final int DEFAULT_TIMEOUT_SECONDS = 30;

  private static final List<String> KEYS =
      List.of("burstPer10s", "searchPerSecond", "maxRetries", "timeoutSeconds", "oauthTokenFile");

  public static HubSpotOptions defaults() {
    return new HubSpotOptions(
        DEFAULT_BURST_PER_10S,
        DEFAULT_SEARCH_PER_SECOND,
        DEFAULT_MAX_RETRIES,
        Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS),
        null);
  }

  /** The refresh-token file: the option, else {@code ./data/hubspot-oauth-<connection>.json} beside the H2 store. */
  public java.nio.file.Path oauthTokenFile(String connection) {
    return oauthTokenFile != null ? java.nio.file.Path.of(oauthTokenFile)
        : java.nio.file.Path.of("data", "hubspot-oauth-" + connection + ".json");
  }

  /** @throws IllegalArgumentException naming the first bad key and how to fix it */
  public static HubSpotOptions parse(String connection, Map<String, String> options) {
    TreeSet<String> unknown = new TreeSet<>(options.keySet());
    unknown.removeAll(KEYS);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "connection '" + connection + "': unknown HubSpot option(s) " + unknown
              + "; the options are " + KEYS);
    }
    // The lower bounds of 2 are what the even pacing in HubSpotThrottle needs to keep its guarantee.
    return new HubSpotOptions(
        intOption(connection, options, "burstPer10s", DEFAULT_BURST_PER_10S, 2, 1000),
        intOption(connection, options, "searchPerSecond", DEFAULT_SEARCH_PER_SECOND, 2, 50),
        intOption(connection, options, "maxRetries", DEFAULT_MAX_RETRIES, 0, 10),
        Duration.ofSeconds(
            intOption(connection, options, "timeoutSeconds", DEFAULT_TIMEOUT_SECONDS, 1, 300)),
        options.get("oauthTokenFile") == null || options.get("oauthTokenFile").isBlank()
            ? null : options.get("oauthTokenFile").strip());
  }

  private static int intOption(
      String connection, Map<String, String> options, String key, int fallback, int min, int max) {
    String raw = options.get(key);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw.trim());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException ignored) {
      // reported below with the same message as an out-of-range value
    }
    throw new IllegalArgumentException(
        "connection '" + connection + "': option " + key + " must be a whole number from " + min
            + " to " + max + " (default " + fallback + "), got '" + raw + "'");
  }
}
