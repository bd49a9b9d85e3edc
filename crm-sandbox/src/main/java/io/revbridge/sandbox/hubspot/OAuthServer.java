package io.revbridge.sandbox.hubspot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * HubSpot's OAuth token endpoint ({@code POST /oauth/v1/token}, refresh-token grant, api-notes §8) and the
 * access tokens it hands out, each valid for a configured lifetime on the sandbox clock. Off until
 * {@link #enable} is called; the static access token keeps working either way. Thread-safe.
 */
public final class OAuthServer {
  public static final String TOKEN_PATH = "/oauth/v1/token";

  /** What a bearer token is worth. */
  public enum Verdict { VALID, EXPIRED, UNKNOWN }

  private final Clock clock;
  private final Map<String, Long> expiries = new ConcurrentHashMap<>();
  private final AtomicInteger grants = new AtomicInteger();
  private volatile Config config;

  private record Config(String clientId, String clientSecret, String refreshToken, Duration lifetime,
      boolean rotate) {}

  public OAuthServer(Clock clock) {
    this.clock = clock;
  }

  /** Accepts the refresh-token grant for these credentials; with {@code rotate}, each grant replaces the refresh token. */
  public synchronized void enable(String clientId, String clientSecret, String refreshToken, Duration lifetime,
      boolean rotate) {
    config = new Config(clientId, clientSecret, refreshToken, lifetime, rotate);
  }

  /** The refresh token that works now (changes after each grant when rotating). */
  public String refreshToken() {
    Config c = config;
    return c == null ? null : c.refreshToken();
  }

  /** Revokes the refresh token, as uninstalling the app does: later grants fail with BAD_REFRESH_TOKEN. */
  public synchronized void revokeRefreshToken() {
    Config c = config;
    if (c != null) {
      config = new Config(c.clientId(), c.clientSecret(), "revoked-" + UUID.randomUUID(), c.lifetime(), c.rotate());
    }
  }

  /** Makes every access token handed out so far expire now, as if their lifetime had passed. */
  public void expireAccessTokens() {
    long now = clock.millis();
    expiries.replaceAll((token, expiry) -> Math.min(expiry, now));
  }

  /** Successful grants so far. */
  public int grants() {
    return grants.get();
  }

  public Verdict check(String accessToken) {
    Long expiry = expiries.get(accessToken);
    if (expiry == null) {
      return Verdict.UNKNOWN;
    }
    return clock.millis() < expiry ? Verdict.VALID : Verdict.EXPIRED;
  }

  /** HubSpot's 401 for an expired token, "expired N second(s) ago" with the expiry time in context. */
  public ObjectNode expiredBody(String accessToken) {
    long expiry = expiries.getOrDefault(accessToken, clock.millis());
    long ago = Math.max(0, (clock.millis() - expiry) / 1000);
    ObjectNode body = HubSpotErrors.body("The OAuth token used to make this call expired " + ago + " second(s) ago.",
        "EXPIRED_AUTHENTICATION");
    body.putObject("context").set("expire time", Json.strings(java.util.List.of(Times.iso(expiry))));
    return body;
  }

  /** {@code POST /oauth/v1/token} with a form body. */
  synchronized Response token(Request req) {
    Config c = config;
    if (c == null) {
      return error(400, "BAD_CLIENT_ID", "OAuth is not enabled on this sandbox; call enableOAuth(...) first.");
    }
    Map<String, String> form = form(new String(req.body(), StandardCharsets.UTF_8));
    if (!"refresh_token".equals(form.get("grant_type"))) {
      return error(400, "BAD_GRANT_TYPE", "grant_type must be refresh_token (the sandbox has no other grant).");
    }
    if (!c.clientId().equals(form.get("client_id"))) {
      return error(400, "BAD_CLIENT_ID", "missing or invalid client_id");
    }
    if (!c.clientSecret().equals(form.get("client_secret"))) {
      return error(400, "BAD_CLIENT_SECRET", "missing or invalid client_secret");
    }
    if (!c.refreshToken().equals(form.get("refresh_token"))) {
      return error(400, "BAD_REFRESH_TOKEN", "missing or unknown refresh token");
    }
    String access = "sandbox-oauth-" + UUID.randomUUID();
    expiries.put(access, clock.millis() + c.lifetime().toMillis());
    String refresh = c.refreshToken();
    if (c.rotate()) {
      refresh = "sandbox-refresh-" + UUID.randomUUID();
      config = new Config(c.clientId(), c.clientSecret(), refresh, c.lifetime(), true);
    }
    grants.incrementAndGet();
    ObjectNode body = Json.object();
    body.put("token_type", "bearer");
    body.put("refresh_token", refresh);
    body.put("access_token", access);
    body.put("expires_in", c.lifetime().toSeconds());
    return Response.json(200, body);
  }

  private static Response error(int status, String code, String message) {
    ObjectNode body = Json.object();
    body.put("status", code);
    body.put("message", message);
    body.put("correlationId", UUID.randomUUID().toString());
    return Response.json(status, body);
  }

  private static Map<String, String> form(String body) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return out;
  }
}
