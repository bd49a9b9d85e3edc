package io.revbridge.salesforce.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.revbridge.spi.ConnectionSettings;
import io.revbridge.spi.Secret;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * WireMock standing in for both the login host (token endpoint) and the instance (partner SOAP
 * endpoint), answering with the stored envelopes under {@code wiremock/salesforce/}.
 */
final class SalesforceTestServer implements AutoCloseable {
  static final String SOAP_PATH = "/services/Soap/u/65.0";
  static final String TOKEN_PATH = "/services/oauth2/token";
  static final String CLIENT_SECRET = "s3cr3t-consumer-secret";

  final WireMockServer wm = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

  SalesforceTestServer() {
    wm.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + wm.port();
  }

  static String file(String name) {
    try (InputStream in = SalesforceTestServer.class.getResourceAsStream("/wiremock/salesforce/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no stub file " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The token endpoint answers with {@code token-ok.json}; the server time is 2025-01-02T03:05:00Z. */
  SalesforceTestServer withToken() {
    wm.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(json(200, "token-ok.json")));
    stub(":getServerTimestamp", "servertimestamp.xml");
    stub(":describeSObject>", "describe-lead.xml");
    return this;
  }

  com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String file) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
        .withBody(file(file).replace("{{INSTANCE}}", baseUrl()));
  }

  static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder soap(int status, String file) {
    return aResponse().withStatus(status).withHeader("Content-Type", "text/xml;charset=UTF-8").withBody(file(file));
  }

  /** A stored envelope with a LimitInfoHeader saying {@code current} of {@code limit} API requests are used. */
  static String withUsage(String file, long current, long limit) {
    return file(file).replace("<soapenv:Body>", "<soapenv:Header><LimitInfoHeader><limitInfo><current>" + current
        + "</current><limit>" + limit + "</limit><type>API REQUESTS</type></limitInfo></LimitInfoHeader>"
        + "</soapenv:Header><soapenv:Body>");
  }

  /** A SOAP call whose body contains {@code operation} (e.g. {@code ":queryAll>"}). */
  static MappingBuilder soapCall(String operation) {
    return post(urlPathEqualTo(SOAP_PATH)).withRequestBody(containing(operation));
  }

  void stub(String operation, String file) {
    wm.stubFor(soapCall(operation).willReturn(soap(200, file)));
  }

  List<LoggedRequest> soapRequests(String operation) {
    return wm.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlPathEqualTo(SOAP_PATH))
        .withRequestBody(containing(operation)));
  }

  List<LoggedRequest> tokenRequests() {
    return wm.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
  }

  ConnectionSettings settings(Map<String, String> extra) {
    Map<String, String> options = new HashMap<>(Map.of(
        "loginUrl", baseUrl(), "apiVersion", "65.0", "auth.flow", "client-credentials", "auth.clientId", "3MVG9client",
        "organizationId", "00D5g000000AbCdEAK", "queryBatchSize", "2000", "readTimeoutSeconds", "10",
        "retryFirstWaitMillis", "1"));
    options.putAll(extra);
    return new ConnectionSettings("sf", "salesforce", Optional.empty(), Optional.empty(),
        Optional.of(Secret.of(CLIENT_SECRET)), List.of("Lead", "Contact"), options);
  }

  SalesforceOptions sfOptions(Map<String, String> extra) {
    return SalesforceOptions.from(settings(extra));
  }

  SalesforceSession session() {
    return session(Map.of());
  }

  SalesforceSession session(Map<String, String> extra) {
    SalesforceOptions o = sfOptions(extra);
    return new SalesforceSession(o, new SalesforceTokenClient(o, Clock.systemUTC()),
        new SalesforceLimits(o.apiUsageStopPercent(), Clock.systemUTC()));
  }

  @Override
  public void close() {
    wm.stop();
  }
}
