package io.revbridge.hubspot.internal;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.revbridge.spi.Secret;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** An in-process WireMock HubSpot on 127.0.0.1 plus clients pointed at it with fake time. */
public final class HubSpotTestServer implements AutoCloseable {
  public static final String TOKEN_TEXT = "pat-na1-0f3c9a7e-51d2-4c8b-9e1a-7b6d5c4e3f21";
  public static final Secret TOKEN = Secret.of(TOKEN_TEXT);

  public final WireMockServer wireMock;
  public final FakeTime time = new FakeTime();

  public HubSpotTestServer() {
    wireMock = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    wireMock.start();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + wireMock.port();
  }

  public HubSpotClient client() {
    return client(Map.of());
  }

  public HubSpotClient client(Map<String, String> options) {
    return new HubSpotClient("test", HubSpotClient.baseUrl("test", baseUrl()), Optional.of(TOKEN),
        HubSpotOptions.parse("test", options), time.timing());
  }

  /** A client whose calls are not retried, for tests about a single exchange. */
  public HubSpotClient clientWithoutRetries() {
    Map<String, String> options = new HashMap<>();
    options.put("maxRetries", "0");
    return client(options);
  }

  /** A stub body from {@code src/test/resources/wiremock/hubspot/}. */
  public static String body(String name) {
    try (InputStream in = HubSpotTestServer.class.getResourceAsStream("/wiremock/hubspot/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no stub body " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    wireMock.stop();
  }
}
