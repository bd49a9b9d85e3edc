package io.revbridge.hubspot.internal;

import io.revbridge.spi.ConnectionCrmException;
import io.revbridge.spi.CrmException;
import io.revbridge.spi.RejectedCrmException;
import io.revbridge.spi.RetryableCrmException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a failed HubSpot call into the typed exception the engine acts on (api-notes §2–3): 429, 5xx,
 * 423 and transport failures are retryable; 401 and 403 fail the connection with advice; any other 4xx
 * rejects the request. Pure functions: no I/O. Every message is scrubbed of the token before use.
 */
public final class HubSpotErrors {
  /** Transport failures where HubSpot never received the request, so even a create may be repeated. */
  public static final String UNREACHABLE = "UNREACHABLE";

  public static final String TIMEOUT = "TIMEOUT";
  public static final String TRANSPORT = "TRANSPORT";

  static final Duration TEN_SECONDS = Duration.ofSeconds(10);
  static final Duration DAILY_WAIT = Duration.ofHours(1);

  private HubSpotErrors() {}

  /**
   * @param retryAfter the {@code Retry-After} header, or null
   * @param intervalMillis the {@code X-HubSpot-RateLimit-Interval-Milliseconds} header, or null
   */
  public static CrmException fromResponse(
      String method, String path, int status, String retryAfter, String intervalMillis,
      HubSpotErrorBody body, String token) {
    String call = method + " " + path;
    String said = scrub(body.messageOr("no message"), token);
    String code = body.code() == null ? "HTTP_" + status : body.code();
    HubSpotApiError cause = new HubSpotApiError(status, body, "HTTP " + status + " " + code + ": " + said);
    if (status == 429) {
      Duration wait = rateLimitWait(body, parseSeconds(retryAfter), intervalMillis);
      String advice = wait.equals(DAILY_WAIT)
          ? " HubSpot's daily API limit for this account is used up; it resets at midnight in the"
              + " account's time zone. Trying again in 1 hour."
          : " Trying again in " + wait.toMillis() + " ms.";
      return new RetryableCrmException(
          code, "HubSpot rate limit on " + call + " (" + code + "): " + said + "." + advice, wait, cause);
    }
    if (status >= 500 || status == 423 || status == 477) {
      Duration wait = parseSeconds(retryAfter);
      if (wait == null && status == 423) {
        wait = Duration.ofSeconds(2); // "Locked" after heavy upserts: the docs say wait at least 2 s
      }
      return new RetryableCrmException(
          code, "HubSpot failed " + call + " with HTTP " + status + ": " + said, wait, cause);
    }
    if (status == 401) {
      return new ConnectionCrmException(
          code, "HubSpot rejected the access token on " + call + " (" + code + ": " + said + "). "
              + HubSpotScopes.privateAppAdvice(), cause);
    }
    if (status == 403) {
      List<String> scopes = requiredScopes(body);
      String scope = !scopes.isEmpty() ? String.join(", ", scopes)
          : HubSpotScopes.requiredFor(method, path).orElse("the scope this call needs");
      return new ConnectionCrmException(
          code, "HubSpot refused " + call + ": the access token lacks the scope " + scope + " (" + said
              + "). Add it in HubSpot (Settings > Integrations > Private Apps > your app > Scopes),"
              + " then rotate the token if HubSpot asks you to.", cause);
    }
    return new RejectedCrmException(
        code, "HubSpot rejected " + call + " (HTTP " + status + " " + code + "): " + said, cause);
  }

  /** The request never got an answer: unreachable host, timeout, broken connection. All retryable. */
  public static RetryableCrmException fromTransport(
      String method, String host, String path, IOException e, Duration timeout) {
    String detail = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    if (e instanceof UnknownHostException
        || e instanceof ConnectException
        || e instanceof NoRouteToHostException) {
      return new RetryableCrmException(
          UNREACHABLE, "Cannot reach HubSpot at " + host + " (" + detail + "). Check the"
              + " connection's baseUrl, DNS, proxy and firewall.", null, e);
    }
    if (e instanceof InterruptedIOException) {
      return new RetryableCrmException(
          TIMEOUT, "HubSpot did not answer " + method + " " + path + " within "
              + timeout.toSeconds() + " s (option timeoutSeconds).", null, e);
    }
    return new RetryableCrmException(
        TRANSPORT,
        "The connection to HubSpot broke during " + method + " " + path + " (" + detail + ").",
        null,
        e);
  }

  static Duration rateLimitWait(HubSpotErrorBody body, Duration retryAfter, String intervalMillis) {
    if (retryAfter != null) {
      return retryAfter;
    }
    String policy = body.policyName() == null ? "" : body.policyName().toUpperCase(Locale.ROOT);
    String message = body.messageOr("").toLowerCase(Locale.ROOT);
    if (isDaily(body)) {
      return DAILY_WAIT;
    }
    if (policy.equals("SECONDLY") || message.contains("secondly limit")) {
      return Duration.ofSeconds(1); // the search limit is per second (api-notes §2)
    }
    try {
      return intervalMillis == null
          ? TEN_SECONDS
          : Duration.ofMillis(Long.parseLong(intervalMillis.trim()));
    } catch (NumberFormatException e) {
      return TEN_SECONDS;
    }
  }

  /** A 429 of HubSpot's daily policy: the account's allowance is spent until its midnight. */
  public static boolean isDailyLimit(Throwable failure) {
    return HubSpotApiError.of(failure).map(api -> api.status() == 429 && isDaily(api.body())).orElse(false);
  }

  private static boolean isDaily(HubSpotErrorBody body) {
    return "DAILY".equalsIgnoreCase(body.policyName())
        || body.messageOr("").toLowerCase(Locale.ROOT).contains("daily limit");
  }

  private static List<String> requiredScopes(HubSpotErrorBody body) {
    List<String> scopes =
        new ArrayList<>(HubSpotJson.texts(body.raw().path("context"), "requiredGranularScopes"));
    body.raw().path("errors")
        .forEach(e -> scopes.addAll(HubSpotJson.texts(e.path("context"), "requiredGranularScopes")));
    return scopes.stream().distinct().toList();
  }

  private static Duration parseSeconds(String header) {
    if (header == null) {
      return null;
    }
    try {
      long seconds = Long.parseLong(header.trim());
      return seconds >= 0 ? Duration.ofSeconds(seconds) : null;
    } catch (NumberFormatException e) {
      return null; // an HTTP date: rare enough that the policy default is fine
    }
  }

  /** Replaces every occurrence of the token in text, in case HubSpot ever echoes it. */
  public static String scrub(String text, String token) {
    if (text == null || token == null || token.isEmpty()) {
      return text;
    }
    return text.replace(token, "****");
  }
}
