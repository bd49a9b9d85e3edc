package io.revbridge.salesforce.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.http.Fault;
import io.revbridge.spi.ApiListener;
import io.revbridge.spi.ApiOutcome;
import io.revbridge.spi.RateLimitWait;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every SOAP exchange with Salesforce and every limit hold reaches the connection's API listener. */
class SalesforceApiEventsTest {
  private final SalesforceTestServer server = new SalesforceTestServer();
  private final Map<String, Integer> calls = new TreeMap<>();
  private final List<String> waits = new ArrayList<>();
  private final ApiListener listener = new ApiListener() {
    @Override
    public synchronized void called(String connection, ApiOutcome outcome) {
      calls.merge(connection + " " + outcome.label(), 1, Integer::sum);
    }

    @Override
    public synchronized void waited(String connection, RateLimitWait reason, Duration wait) {
      waits.add(connection + " " + reason.label() + " " + wait);
    }
  };

  @AfterEach
  void stop() {
    server.close();
  }

  private static String fault(String code) {
    return SalesforceTestServer.file("fault-request-limit.xml").replace("REQUEST_LIMIT_EXCEEDED", code)
        .replace("TotalRequests Limit exceeded.", "injected");
  }

  @Test
  void everyExchangeIsCountedByOutcomeAsSalesforceServedIt() {
    server.withToken();
    // getUserInfo: a lock fault, then a reset connection (not re-sent unseen by the JDK), then the answer (the session retries
    // twice); the change feed asks for the server time (ok) before its queryAll
    server.wm.stubFor(SalesforceTestServer.soapCall(":getUserInfo").inScenario("u").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "text/xml;charset=UTF-8")
            .withBody(fault("UNABLE_TO_LOCK_ROW"))).willSetStateTo("reset"));
    server.wm.stubFor(SalesforceTestServer.soapCall(":getUserInfo").inScenario("u").whenScenarioStateIs("reset")
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("ok"));
    server.wm.stubFor(SalesforceTestServer.soapCall(":getUserInfo").inScenario("u").whenScenarioStateIs("ok")
        .willReturn(SalesforceTestServer.soap(200, "getuserinfo.xml")));
    server.wm.stubFor(SalesforceTestServer.soapCall(":queryAll>")
        .willReturn(SalesforceTestServer.soap(500, "fault-request-limit.xml")));
    server.wm.stubFor(SalesforceTestServer.soapCall(":query>")
        .willReturn(SalesforceTestServer.soap(500, "fault-invalid-field.xml")));
    SalesforceSession session = server.session();
    session.listen(listener);

    session.call("get user info", c -> c.getUserInfo());
    catchThrowable(() -> new SalesforceChangeFeed("sf", session, 2000).poll("Lead", null, Set.of("Email")));
    catchThrowable(() -> session.call("query", c -> c.query("SELECT Foo__c FROM Lead")));

    assertThat(calls).isEqualTo(Map.of("sf ok", 2, "sf server_error", 1, "sf transport_error", 1,
        "sf rate_limited", 1, "sf client_error", 1));
    assertThat(calls.values().stream().mapToInt(Integer::intValue).sum())
        .as("one count per SOAP exchange WireMock served").isEqualTo(server.soapRequests("").size());
    assertThat(waits).containsExactly("sf daily_limit PT1H");
  }
}
