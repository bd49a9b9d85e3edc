package io.revbridge.salesforce.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.spi.CheckItem;
import io.revbridge.spi.CheckReport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SalesforceCheckTest {
  private final SalesforceTestServer server = new SalesforceTestServer();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void checkReportsEachStepFromTokenToObjects() {
    server.withToken();
    server.stub(":getUserInfo", "getuserinfo.xml");
    server.stub(":describeSObject>", "describe-lead.xml");

    CheckReport report = check(Map.of());

    assertThat(report.ok()).isTrue();
    assertThat(report.items()).extracting(CheckItem::name)
        .containsExactly("auth settings", "OAuth token", "API access", "read Lead", "API usage");
    assertThat(report.items().get(2).detail()).contains("integration@acme.com").contains("00D5g000000AbCdEAK");
  }

  @Test
  void checkFailsWhenTheTokenBelongsToAnotherOrgThanConfigured() {
    server.withToken();
    server.stub(":getUserInfo", "getuserinfo.xml");
    server.stub(":describeSObject>", "describe-lead.xml");

    CheckReport report = check(Map.of("organizationId", "00D000000000001"));

    assertThat(report.ok()).isFalse();
    assertThat(report.items().get(2).detail()).contains("fix organizationId or loginUrl");
  }

  @Test
  void refusedTokenStopsTheCheckAtThatStep() {
    server.wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(SalesforceTestServer.TOKEN_PATH))
        .willReturn(server.json(400, "token-invalid-grant.json")));

    CheckReport report = check(Map.of());

    assertThat(report.items()).extracting(CheckItem::name).containsExactly("auth settings", "OAuth token");
    assertThat(report.items().get(1).detail()).contains("invalid_grant");
  }

  private CheckReport check(Map<String, String> extra) {
    return new SalesforceCheck(server.sfOptions(extra), server.session(extra), List.of("Lead")).run();
  }
}
