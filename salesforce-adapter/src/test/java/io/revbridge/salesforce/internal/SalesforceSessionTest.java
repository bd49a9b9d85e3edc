package io.revbridge.salesforce.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revbridge.spi.ApiUsage;
import io.revbridge.spi.ConnectionCrmException;
import io.revbridge.spi.RetryableCrmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SalesforceSessionTest {
  private final SalesforceTestServer server = new SalesforceTestServer();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void clientCredentialsTokenConfiguresTheSoapSessionOnTheInstance() {
    server.withToken().stub(":getUserInfo", "getuserinfo.xml");

    String org = server.session().call("get user info", c -> c.getUserInfo()).getOrganizationId();

    assertThat(org).isEqualTo("00D5g000000AbCdEAK");
    assertThat(server.tokenRequests()).singleElement().satisfies(r -> assertThat(r.getBodyAsString())
        .contains("grant_type=client_credentials", "client_id=3MVG9client",
            "client_secret=" + SalesforceTestServer.CLIENT_SECRET));
    assertThat(server.soapRequests(":getUserInfo")).singleElement().satisfies(r -> assertThat(r.getBodyAsString())
        .contains("<sessionId>00Dxx0000001gPL!AQ4AQFIRSTTOKEN</sessionId>"));
  }

  @Test
  void invalidSessionIsRenewedOnceWithANewTokenAndTheCallRepeated() {
    server.wm.stubFor(post(urlPathEqualTo(SalesforceTestServer.TOKEN_PATH)).inScenario("token")
        .whenScenarioStateIs(STARTED).willReturn(server.json(200, "token-ok.json")).willSetStateTo("renewed"));
    server.wm.stubFor(post(urlPathEqualTo(SalesforceTestServer.TOKEN_PATH)).inScenario("token")
        .whenScenarioStateIs("renewed").willReturn(server.json(200, "token-renewed.json")));
    server.wm.stubFor(SalesforceTestServer.soapCall("FIRSTTOKEN")
        .willReturn(SalesforceTestServer.soap(500, "fault-invalid-session.xml")));
    server.wm.stubFor(SalesforceTestServer.soapCall("SECONDTOKEN")
        .willReturn(SalesforceTestServer.soap(200, "getuserinfo.xml")));
    SalesforceSession session = server.session();

    String user = session.call("get user info", c -> c.getUserInfo()).getUserName();

    assertThat(user).isEqualTo("integration@acme.com");
    assertThat(session.renewals()).isEqualTo(1);
    assertThat(server.tokenRequests()).hasSize(2);
    assertThat(server.soapRequests(":getUserInfo")).hasSize(2);
  }

  @Test
  void aSessionFaultWscDoesNotRenewIsStillRenewedOnceByTheSession() {
    server.wm.stubFor(post(urlPathEqualTo(SalesforceTestServer.TOKEN_PATH)).inScenario("token")
        .whenScenarioStateIs(STARTED).willReturn(server.json(200, "token-ok.json")).willSetStateTo("renewed"));
    server.wm.stubFor(post(urlPathEqualTo(SalesforceTestServer.TOKEN_PATH)).inScenario("token")
        .whenScenarioStateIs("renewed").willReturn(server.json(200, "token-renewed.json")));
    server.wm.stubFor(SalesforceTestServer.soapCall("FIRSTTOKEN")
        .willReturn(SalesforceTestServer.soap(500, "fault-session-expired.xml")));
    server.wm.stubFor(SalesforceTestServer.soapCall("SECONDTOKEN")
        .willReturn(SalesforceTestServer.soap(200, "getuserinfo.xml")));
    SalesforceSession session = server.session();

    String user = session.call("get user info", c -> c.getUserInfo()).getUserName();

    assertThat(user).isEqualTo("integration@acme.com");
    assertThat(session.renewals()).isEqualTo(1);
    assertThat(server.soapRequests(":getUserInfo")).hasSize(2);
  }

  @Test
  void aSessionRefusedAgainAfterRenewalStopsTheConnection() {
    server.withToken();
    server.wm.stubFor(SalesforceTestServer.soapCall(":getUserInfo")
        .willReturn(SalesforceTestServer.soap(500, "fault-invalid-session.xml")));
    SalesforceSession session = server.session();

    assertThatThrownBy(() -> session.call("get user info", c -> c.getUserInfo()))
        .isInstanceOf(ConnectionCrmException.class)
        .hasMessageContaining("INVALID_SESSION_ID");
    assertThat(server.soapRequests(":getUserInfo")).hasSize(2);
  }

  @Test
  void requestLimitExceededPausesTheConnectionForAnHour() {
    server.withToken();
    server.wm.stubFor(SalesforceTestServer.soapCall(":queryAll>")
        .willReturn(SalesforceTestServer.soap(500, "fault-request-limit.xml")));
    SalesforceChangeFeed feed = new SalesforceChangeFeed("sf", server.session(), 2000);

    assertThatThrownBy(() -> feed.poll("Lead", null, Set.of("Email")))
        .isInstanceOfSatisfying(RetryableCrmException.class, e -> {
          assertThat(e.code()).isEqualTo("REQUEST_LIMIT_EXCEEDED");
          assertThat(e.retryAfter()).contains(Duration.ofHours(1));
        })
        .hasMessageContaining("TotalRequests Limit exceeded");
  }

  @Test
  void afterRequestLimitExceededTheUsageSaysUntilWhenTheConnectionHoldsBack() {
    server.withToken();
    server.wm.stubFor(SalesforceTestServer.soapCall(":queryAll>")
        .willReturn(SalesforceTestServer.soap(500, "fault-request-limit.xml")));
    SalesforceSession session = server.session();
    Instant before = Instant.now();

    assertThatThrownBy(() -> new SalesforceChangeFeed("sf", session, 2000).poll("Lead", null, Set.of("Email")))
        .isInstanceOf(RetryableCrmException.class);

    ApiUsage usage = session.limits().apiUsage();
    assertThat(usage.throttledUntil()).hasValueSatisfying(until ->
        assertThat(until).isAfterOrEqualTo(before.plus(SalesforceFaults.LIMIT_PAUSE)));
    assertThat(usage.note()).contains("REQUEST_LIMIT_EXCEEDED");
    assertThat(session.limits().nonEssentialWorkPaused()).isTrue();
  }

  @Test
  void invalidFieldIsAConfigurationErrorNamingTheFieldAndTheFix() {
    server.withToken();
    server.wm.stubFor(SalesforceTestServer.soapCall(":queryAll>")
        .willReturn(SalesforceTestServer.soap(500, "fault-invalid-field.xml")));
    SalesforceChangeFeed feed = new SalesforceChangeFeed("sf", server.session(), 2000);

    // Salesforce can still refuse a field (field-level security changed since the describe)
    assertThatThrownBy(() -> feed.poll("Lead", null, Set.of("Email")))
        .isInstanceOfSatisfying(ConnectionCrmException.class, e -> assertThat(e.code()).isEqualTo("INVALID_FIELD"))
        .hasMessageContaining("No such column 'Foo__c' on entity 'Lead'")
        .hasMessageContaining("Fix or remove `crm: Foo__c` in the mapping file with `object: Lead`");
  }

  @Test
  void invalidTypeIsAConfigurationErrorNamingTheObject() {
    server.withToken();
    server.wm.stubFor(SalesforceTestServer.soapCall(":queryAll>")
        .willReturn(SalesforceTestServer.soap(500, "fault-invalid-type.xml")));
    SalesforceChangeFeed feed = new SalesforceChangeFeed("sf", server.session(), 2000);

    assertThatThrownBy(() -> feed.poll("Leed", null, Set.of("Email")))
        .isInstanceOfSatisfying(ConnectionCrmException.class, e -> {
          assertThat(e.code()).isEqualTo("INVALID_TYPE");
          assertThat(e.getCause()).isInstanceOf(com.sforce.soap.partner.fault.InvalidSObjectFault.class);
        })
        .hasMessageContaining("`Leed` is not an object the integration user can read")
        .hasMessageContaining("`object: Leed`");
    assertThat(server.soapRequests(":queryAll>")).hasSize(1);
  }

  @Test
  void refusedTokenRequestExplainsTheUsualCausesWithoutTheSecret() {
    server.wm.stubFor(post(urlPathEqualTo(SalesforceTestServer.TOKEN_PATH))
        .willReturn(server.json(400, "token-invalid-grant.json")));
    SalesforceSession session = server.session();

    assertThatThrownBy(() -> session.call("get user info", c -> c.getUserInfo()))
        .isInstanceOf(ConnectionCrmException.class)
        .hasMessageContaining("invalid_grant (user hasn't approved this consumer)")
        .hasMessageContaining("Client Credentials Flow")
        .hasMessageNotContaining(SalesforceTestServer.CLIENT_SECRET);
  }

  @Test
  void missingAuthSettingsAreNamedBeforeAnythingIsSent() {
    SalesforceSession session = server.session(Map.of("auth.flow", "jwt"));

    assertThatThrownBy(() -> session.call("get user info", c -> c.getUserInfo()))
        .isInstanceOf(ConnectionCrmException.class)
        .hasMessageContaining("auth.username").hasMessageContaining("auth.privateKeyFile");
    assertThat(server.tokenRequests()).isEmpty();
  }
}
