package io.revbridge.salesforce.internal;

import io.revbridge.spi.ConnectionSettings;
import io.revbridge.spi.Secret;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One connection's Salesforce settings, read from the options the config layer passes on (declared in
 * {@code RevbridgeKeys}). Missing auth keys are not an error here: {@link #authProblems()} lists them so
 * {@code check} and the first call can say what to add.
 *
 * @param loginUrl where tokens come from, without a trailing slash
 * @param organizationId empty when outbound messages are not verified against an org
 */
public record SalesforceOptions(
    String connection,
    String loginUrl,
    String apiVersion,
    String flow,
    String clientId,
    String username,
    Optional<Path> privateKeyFile,
    Optional<Secret> clientSecret,
    Optional<String> organizationId,
    int queryBatchSize,
    int apiUsageStopPercent,
    Duration connectTimeout,
    Duration readTimeout,
    Duration retryFirstWait) {

  public static final String JWT = "jwt";
  public static final String CLIENT_CREDENTIALS = "client-credentials";
  static final String DEFAULT_LOGIN_URL = "https://login.salesforce.com";

  public static SalesforceOptions from(ConnectionSettings settings) {
    Map<String, String> o = settings.options();
    String login = Optional.ofNullable(o.get("loginUrl")).or(settings::baseUrl).orElse(DEFAULT_LOGIN_URL);
    return new SalesforceOptions(
        settings.name(),
        login.replaceAll("/+$", ""),
        o.getOrDefault("apiVersion", "65.0"),
        o.getOrDefault("auth.flow", ""),
        o.getOrDefault("auth.clientId", ""),
        o.getOrDefault("auth.username", ""),
        Optional.ofNullable(o.get("auth.privateKeyFile")).map(Path::of),
        settings.clientSecret(),
        Optional.ofNullable(o.get("organizationId")),
        Integer.parseInt(o.getOrDefault("queryBatchSize", "2000")),
        Integer.parseInt(o.getOrDefault("apiUsageStopPercent", "80")),
        Duration.ofSeconds(Long.parseLong(o.getOrDefault("connectTimeoutSeconds", "10"))),
        Duration.ofSeconds(Long.parseLong(o.getOrDefault("readTimeoutSeconds", "120"))),
        Duration.ofMillis(Long.parseLong(o.getOrDefault("retryFirstWaitMillis", "1000"))));
  }

  /** What the auth block misses, each as a fix an admin can apply; empty when a token can be asked for. */
  public List<String> authProblems() {
    List<String> problems = new ArrayList<>();
    if (!flow.equals(JWT) && !flow.equals(CLIENT_CREDENTIALS)) {
      problems.add("add `auth:` with `flow: jwt` or `flow: client-credentials` to connection `" + connection + "`");
      return problems;
    }
    if (clientId.isBlank()) {
      problems.add("add `auth.clientId` (the connected app's consumer key)");
    }
    if (flow.equals(JWT) && username.isBlank()) {
      problems.add("add `auth.username` (the integration user the JWT flow acts as)");
    }
    if (flow.equals(JWT) && privateKeyFile.isEmpty()) {
      problems.add("add `auth.privateKeyFile` (PEM private key whose certificate the connected app holds)");
    }
    if (flow.equals(CLIENT_CREDENTIALS) && clientSecret.isEmpty()) {
      problems.add("add `auth.clientSecret: ${SALESFORCE_CLIENT_SECRET}` and export the consumer secret");
    }
    return problems;
  }

  public String tokenUrl() {
    return loginUrl + "/services/oauth2/token";
  }

  /** The partner SOAP endpoint on the instance the token belongs to. */
  public String serviceEndpoint(String instanceUrl) {
    return instanceUrl.replaceAll("/+$", "") + "/services/Soap/u/" + apiVersion;
  }
}
