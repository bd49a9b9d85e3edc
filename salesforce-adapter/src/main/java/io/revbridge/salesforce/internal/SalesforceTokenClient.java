package io.revbridge.salesforce.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revbridge.spi.ConnectionCrmException;
import io.revbridge.spi.RetryableCrmException;
import io.revbridge.spi.Secret;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Asks {@code {loginUrl}/services/oauth2/token} for an access token with the JWT bearer or the client
 * credentials flow. Errors name the flow's usual causes; neither the secret nor the token is ever in a
 * message. Thread-safe.
 */
public final class SalesforceTokenClient {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SalesforceOptions options;
  private final HttpClient http;
  private final Clock clock;

  public SalesforceTokenClient(SalesforceOptions options, Clock clock) {
    this.options = options;
    this.clock = clock;
    this.http = HttpClient.newBuilder().connectTimeout(options.connectTimeout()).build();
  }

  /**
   * @throws ConnectionCrmException when the settings are incomplete or Salesforce refuses them
   * @throws RetryableCrmException when Salesforce cannot be reached or answers 5xx
   */
  public SalesforceToken fetch() {
    if (!options.authProblems().isEmpty()) {
      throw new ConnectionCrmException("AUTH_CONFIG", options.connection() + ": cannot ask Salesforce for a token: "
          + String.join("; ", options.authProblems()), null);
    }
    Map<String, String> form = new LinkedHashMap<>();
    if (options.flow().equals(SalesforceOptions.JWT)) {
      form.put("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer");
      form.put("assertion", SalesforceJwt.assertion(options, clock));
    } else {
      form.put("grant_type", "client_credentials");
      form.put("client_id", options.clientId());
      form.put("client_secret", options.clientSecret().map(Secret::reveal).orElse(""));
    }
    HttpRequest request = HttpRequest.newBuilder(URI.create(options.tokenUrl()))
        .timeout(options.readTimeout())
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
        .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new RetryableCrmException("TOKEN_UNREACHABLE", options.connection() + ": cannot reach "
          + options.tokenUrl() + " (" + e.getClass().getSimpleName() + "); check loginUrl and the network", null, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RetryableCrmException("INTERRUPTED", options.connection() + ": interrupted while asking for a token",
          null, e);
    }
    return parse(response.statusCode(), response.body());
  }

  private SalesforceToken parse(int status, String body) {
    JsonNode json = readJson(body);
    if (status >= 500) {
      throw new RetryableCrmException("TOKEN_" + status, options.connection() + ": the token endpoint "
          + options.tokenUrl() + " answered HTTP " + status + "; Revbridge will try again", null, null);
    }
    if (status != 200 || !json.hasNonNull("access_token") || !json.hasNonNull("instance_url")) {
      String error = json.path("error").asText("HTTP_" + status);
      String description = json.path("error_description").asText("no description");
      throw new ConnectionCrmException(error, options.connection() + ": Salesforce refused the " + options.flow()
          + " token request at " + options.tokenUrl() + ": " + error + " (" + description + "); " + hint(error), null);
    }
    return new SalesforceToken(Secret.of(json.get("access_token").asText()), json.get("instance_url").asText());
  }

  /** What usually causes each error in each flow, in Setup terms. */
  private String hint(String error) {
    boolean jwt = options.flow().equals(SalesforceOptions.JWT);
    return switch (error) {
      case "invalid_client_id", "invalid_client" -> "check auth.clientId (the consumer key)"
          + (jwt ? "" : " and auth.clientSecret (the consumer secret)") + " against the connected app";
      case "invalid_grant" -> jwt
          ? "check that auth.username exists in this org, that the app's OAuth policy pre-authorizes admin-approved "
              + "users and the user's profile or permission set is added, that the certificate uploaded to the app "
              + "matches auth.privateKeyFile, and that loginUrl is the production or sandbox login as the user is"
          : "enable the Client Credentials Flow on the app with a Run As user, use your My Domain URL as loginUrl, "
              + "and give the app the `api` scope";
      case "unsupported_grant_type" -> "enable the " + (jwt ? "JWT bearer" : "client credentials")
          + " flow for the connected app";
      default -> "see the connected app's OAuth settings (salesforce-adapter/README.md)";
    };
  }

  private static JsonNode readJson(String body) {
    try {
      return JSON.readTree(body == null || body.isBlank() ? "{}" : body);
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }

  private static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
