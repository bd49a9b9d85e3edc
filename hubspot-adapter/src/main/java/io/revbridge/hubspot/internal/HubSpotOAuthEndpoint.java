package io.revbridge.hubspot.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.revbridge.spi.ConnectionCrmException;
import io.revbridge.spi.CrmException;
import io.revbridge.spi.OAuthCredentials;
import io.revbridge.spi.RetryableCrmException;
import io.revbridge.spi.Secret;
import java.io.IOException;
import java.time.Duration;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * HubSpot's OAuth token endpoint, refresh-token grant (api-notes §8). The path lives here and nowhere else:
 * HubSpot retires {@code /oauth/v1/token} on 2027-02-16 for {@code /oauth/v3/token} (same grant), and
 * moving is a change of {@link #TOKEN_PATH}.
 *
 * <p>Its own OkHttp client without the API interceptors: the token call carries no bearer token and is not
 * counted against the API throttle. Messages never contain the client secret or either token.
 */
public final class HubSpotOAuthEndpoint {
  public static final String TOKEN_PATH = "/oauth/v1/token";
  /** When HubSpot leaves {@code expires_in} out; its documented value. */
  static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(30);

  private final String connection;
  private final HttpUrl tokenUrl;
  private final OkHttpClient http;

  public HubSpotOAuthEndpoint(String connection, HttpUrl baseUrl, Duration timeout) {
    this.connection = connection;
    this.tokenUrl = baseUrl.newBuilder().encodedPath(TOKEN_PATH).build();
    this.http = new OkHttpClient.Builder().callTimeout(timeout).connectTimeout(timeout).readTimeout(timeout).build();
  }

  /** @throws CrmException connection-level when HubSpot refuses the grant, retryable when it could not answer */
  public HubSpotTokenGrant refresh(OAuthCredentials app, Secret refreshToken) {
    Request request = new Request.Builder().url(tokenUrl).post(new FormBody.Builder()
            .add("grant_type", "refresh_token")
            .add("client_id", app.clientId())
            .add("client_secret", app.clientSecret().reveal())
            .add("refresh_token", refreshToken.reveal())
            .build())
        .header("Accept", "application/json")
        .build();
    String text;
    int status;
    try (Response response = http.newCall(request).execute()) {
      status = response.code();
      text = response.body().string();
    } catch (IOException e) {
      throw new RetryableCrmException("TOKEN_UNREACHABLE", "Could not reach HubSpot's token endpoint "
          + tokenUrl.host() + TOKEN_PATH + " to refresh connection '" + connection + "' ("
          + e.getClass().getSimpleName() + "); trying again later.", null, e);
    }
    JsonNode body = parse(text);
    String said = scrub(body.path("message").asText("no message"), app, refreshToken);
    String code = body.path("status").asText(body.path("error").asText("HTTP_" + status));
    if (status >= 500 || status == 429) {
      throw new RetryableCrmException("TOKEN_UNAVAILABLE", "HubSpot's token endpoint answered HTTP " + status
          + " for connection '" + connection + "' (" + said + "); trying again later.", null, null);
    }
    if (status != 200 || !body.hasNonNull("access_token")) {
      throw refused(code, said);
    }
    long seconds = body.path("expires_in").asLong(0);
    Duration lifetime = seconds > 0 ? Duration.ofSeconds(seconds) : DEFAULT_LIFETIME;
    String rotated = body.path("refresh_token").asText("");
    return new HubSpotTokenGrant(Secret.of(body.get("access_token").asText()),
        rotated.isBlank() ? refreshToken : Secret.of(rotated), lifetime);
  }

  private ConnectionCrmException refused(String code, String said) {
    String fix = switch (code) {
      case "BAD_CLIENT_ID" -> "Check oauth.clientId: it must be the client id of the app the token was issued to.";
      case "BAD_CLIENT_SECRET" -> "Check oauth.clientSecret: copy the app's client secret from its Auth settings.";
      default -> "Reconnect: install the app in the HubSpot account again and set oauth.refreshToken to the new"
          + " refresh token (the old one was revoked, for example by uninstalling the app).";
    };
    return new ConnectionCrmException("RECONNECT", "HubSpot refused to refresh the OAuth token of connection '"
        + connection + "' (" + code + ": " + said + "). " + fix, null);
  }

  private static JsonNode parse(String text) {
    try {
      return HubSpotJson.parse(text.isBlank() ? "{}" : text);
    } catch (JsonProcessingException e) {
      return HubSpotJson.object(); // a proxy page, not HubSpot: the status alone decides
    }
  }

  private static String scrub(String text, OAuthCredentials app, Secret refreshToken) {
    return HubSpotErrors.scrub(HubSpotErrors.scrub(text, app.clientSecret().reveal()), refreshToken.reveal());
  }

  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
