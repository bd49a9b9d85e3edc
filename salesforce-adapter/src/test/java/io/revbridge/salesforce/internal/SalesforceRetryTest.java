package io.revbridge.salesforce.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revbridge.model.RecordRef;
import io.revbridge.model.TaskPriority;
import io.revbridge.model.TaskType;
import io.revbridge.spi.RetryableCrmException;
import io.revbridge.spi.TaskSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SalesforceRetryTest {
  private final SalesforceTestServer server = new SalesforceTestServer().withToken();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void anHtmlErrorPageIsRetriedWithGrowingWaitsUntilTheQueryAnswers() {
    server.wm.stubFor(SalesforceTestServer.soapCall(":queryAll>").inScenario("flaky").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(503).withBody("<html><body>Service Unavailable</body></html>"))
        .willSetStateTo("once"));
    server.wm.stubFor(SalesforceTestServer.soapCall(":queryAll>").inScenario("flaky").whenScenarioStateIs("once")
        .willReturn(aResponse().withStatus(503).withBody("<html><body>Service Unavailable</body></html>"))
        .willSetStateTo("up"));
    server.wm.stubFor(SalesforceTestServer.soapCall(":queryAll>").inScenario("flaky").whenScenarioStateIs("up")
        .willReturn(SalesforceTestServer.soap(200, "queryall-empty.xml")));
    List<Long> waits = new ArrayList<>();
    SalesforceOptions options = server.sfOptions(java.util.Map.of());
    SalesforceSession session = new SalesforceSession(options, new SalesforceTokenClient(options,
        java.time.Clock.systemUTC()), new SalesforceLimits(80, java.time.Clock.systemUTC()), new SalesforceRetry(100, waits::add));

    var page = new SalesforceChangeFeed("sf", session, 2000).poll("Lead", null, Set.of("Email"));

    assertThat(page.changes()).isEmpty();
    assertThat(server.soapRequests(":queryAll>")).hasSize(3);
    assertThat(waits).containsExactly(100L, 200L);
  }

  @Test
  void aCreateThatFailedInTransitIsNotRepeatedByTheAdapter() {
    server.stub(":query>", "query-empty.xml");
    server.wm.stubFor(SalesforceTestServer.soapCall(":create>")
        .willReturn(aResponse().withStatus(503).withBody("<html><body>Service Unavailable</body></html>")));
    SalesforceRecordWriter writer = new SalesforceRecordWriter("sf", server.session());
    TaskSpec task = new TaskSpec("t1", new RecordRef("sf", "Lead", "00Q5g00000AbCdEAAV"), null, "Call", "",
        Instant.parse("2026-03-02T17:00:00Z"), TaskPriority.HIGH, TaskType.CALL);

    assertThatThrownBy(() -> writer.createTasks(List.of(task))).isInstanceOf(RetryableCrmException.class)
        .hasMessageContaining("HTMLResponseException");
    assertThat(server.soapRequests(":create>")).hasSize(1);
  }
}
