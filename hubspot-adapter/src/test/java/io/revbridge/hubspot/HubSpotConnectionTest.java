package io.revbridge.hubspot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.revbridge.hubspot.internal.HubSpotTestServer.body;
import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.hubspot.internal.HubSpotTestServer;
import io.revbridge.model.RecordRef;
import io.revbridge.spi.ApiUsage;
import io.revbridge.spi.ChangePage;
import io.revbridge.spi.CrmField;
import io.revbridge.spi.CheckItem;
import io.revbridge.spi.CheckReport;
import io.revbridge.spi.ConnectionSettings;
import io.revbridge.spi.CrmRecord;
import io.revbridge.spi.Secret;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HubSpotConnectionTest {
  final HubSpotTestServer hubSpot = new HubSpotTestServer();
  final HubSpotAdapter adapter = new HubSpotAdapter(hubSpot.time.timing());

  @AfterEach
  void stop() {
    hubSpot.close();
  }

  HubSpotConnection open(String baseUrl, Optional<Secret> token, List<String> objects) {
    return adapter.open(new ConnectionSettings("hs", "hubspot", Optional.of(baseUrl), token,
        Optional.of(Secret.of("client-secret")), objects, Map.of()));
  }

  HubSpotConnection open(List<String> objects) {
    return open(hubSpot.baseUrl(), Optional.of(HubSpotTestServer.TOKEN), objects);
  }

  void stubHealthyPortal() {
    hubSpot.wireMock.stubFor(get(urlPathEqualTo("/crm/v3/owners")).willReturn(okJson(body("owners-archived.json"))));
    hubSpot.wireMock.stubFor(post(urlPathEqualTo("/crm/v3/objects/contacts/search"))
        .willReturn(okJson(body("search-contacts-page.json"))));
    hubSpot.wireMock.stubFor(post(urlPathEqualTo("/crm/v3/objects/deals/search"))
        .willReturn(okJson("{\"total\":0,\"results\":[]}")));
    hubSpot.wireMock.stubFor(get(urlPathEqualTo("/crm/v3/properties/contacts"))
        .willReturn(okJson(body("properties-contacts.json"))));
    hubSpot.wireMock.stubFor(get(urlPathEqualTo("/crm/v3/properties/deals")).willReturn(okJson("{\"results\":[]}")));
  }

  @Test
  void describeListsEveryPropertyWithLabelTypeAndOptions() {
    hubSpot.wireMock.stubFor(get(urlPathEqualTo("/crm/v3/properties/contacts"))
        .willReturn(okJson(body("properties-contacts.json"))));
    try (HubSpotConnection connection = open(List.of("contacts"))) {
      List<CrmField> fields = connection.schema().describe("contacts");

      assertThat(fields).extracting(CrmField::name).containsExactly("email", "revbridge_score", "revbridge_grade",
          "associations.companies", "associations.deals");
      assertThat(fields.get(0)).isEqualTo(new CrmField("contacts", "email", "Email", "string", true, true, List.of()));
      assertThat(fields.get(2).options()).containsExactly("A");
    }
  }

  @Test
  void pollSendsAKeysetSearchAndReturnsRecordsWithTheirModifiedTime() {
    hubSpot.wireMock.stubFor(post(urlPathEqualTo("/crm/v3/objects/contacts/search"))
        .withRequestBody(equalToJson("""
            {"filterGroups": [{"filters": [
               {"propertyName": "lastmodifieddate", "operator": "GTE", "value": "1726000000000"}]}],
             "sorts": [{"propertyName": "lastmodifieddate", "direction": "ASCENDING"}],
             "properties": ["email", "hs_object_id", "lastmodifieddate"],
             "limit": 200}"""))
        .willReturn(okJson(body("search-contacts-page.json"))));

    try (HubSpotConnection connection = open(List.of("contacts"))) {
      ChangePage page = connection.changeFeed().poll("contacts", "{\"ts\":1726000000000,\"ids\":[]}", Set.of("email"));

      assertThat(page.hasMore()).isFalse();
      assertThat(page.changes()).extracting(c -> c.record().orElseThrow()).containsExactly(
          new CrmRecord(new RecordRef("hs", "contacts", "100451"), Instant.parse("2024-09-11T13:27:39.356Z"),
              Map.of("createdate", "2024-01-17T19:55:04.281Z", "email", "ada@example.com",
                  "hs_object_id", "100451", "lastmodifieddate", "2024-09-11T13:27:39.356Z"), false),
          new CrmRecord(new RecordRef("hs", "contacts", "100452"), Instant.parse("2024-09-11T13:30:00Z"),
              Map.of("createdate", "2024-02-01T08:00:00.000Z", "hs_object_id", "100452",
                  "lastmodifieddate", "2024-09-11T13:30:00.000Z"), false));
      assertThat(page.nextCursor()).isEqualTo("{\"ts\":1726061400000,\"ids\":[\"100452\"]}");
    }
  }

  @Test
  void healthyConnectionPassesEveryCheck() {
    stubHealthyPortal();

    try (HubSpotConnection connection = open(List.of("contacts", "deals"))) {
      CheckReport report = connection.check();

      assertThat(report.ok()).isTrue();
      assertThat(report.items()).extracting(CheckItem::name).containsExactly(
          "access token", "read contacts", "properties of contacts", "read deals", "properties of deals", "API usage");
    }
  }

  @Test
  void checkShowsTheDailyUsageHubSpotReported() {
    stubHealthyPortal();
    hubSpot.wireMock.stubFor(get(urlPathEqualTo("/crm/v3/owners")).willReturn(okJson(body("owners-archived.json"))
        .withHeader("X-HubSpot-RateLimit-Daily", "250000").withHeader("X-HubSpot-RateLimit-Daily-Remaining", "249000")));

    try (HubSpotConnection connection = open(List.of("contacts"))) {
      CheckReport report = connection.check();

      assertThat(report.items()).last().satisfies(item -> {
        assertThat(item.ok()).isTrue();
        assertThat(item.detail()).isEqualTo("daily limit: 1,000 of 250,000 used");
      });
      assertThat(connection.usage().used()).hasValue(1_000);
      assertThat(connection.usage().dailyLimit()).hasValue(250_000);
    }
  }

  @Test
  void aDailyLimit429PausesTheConnectionAndCheckSaysUntilWhen() {
    stubHealthyPortal();
    hubSpot.wireMock.stubFor(post(urlPathEqualTo("/crm/v3/objects/contacts/search"))
        .willReturn(aResponse().withStatus(429).withBody(body("error-429-daily.json"))));

    try (HubSpotConnection connection = open(List.of("contacts"))) {
      assertThat(connection.usage()).isEqualTo(ApiUsage.UNKNOWN);
      CheckReport report = connection.check();

      Instant until = Instant.parse("2026-03-30T11:00:00Z"); // FakeTime starts at 10:00; the daily wait is 1 h
      assertThat(connection.usage().throttledUntil()).hasValue(until);
      assertThat(report.ok()).isFalse();
      assertThat(report.items()).last().satisfies(item -> {
        assertThat(item.name()).isEqualTo("API usage");
        assertThat(item.detail()).isEqualTo("paused until " + until + " (daily limit)");
      });
      // while paused, nothing more reaches HubSpot: the properties call after the search was held back
      hubSpot.wireMock.verify(0, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
          urlPathEqualTo("/crm/v3/properties/contacts")));
    }
  }

  @Test
  void rejectedTokenSaysHowToCreateAPrivateAppAndStops() {
    hubSpot.wireMock.stubFor(get(urlPathEqualTo("/crm/v3/owners"))
        .willReturn(aResponse().withStatus(401).withBody(body("error-401-invalid.json"))));

    try (HubSpotConnection connection = open(List.of("contacts"))) {
      CheckReport report = connection.check();

      assertThat(report.ok()).isFalse();
      assertThat(report.items()).singleElement().satisfies(item -> {
        assertThat(item.name()).isEqualTo("access token");
        assertThat(item.detail()).contains("rejected the access token").contains("Private Apps")
            .contains("crm.objects.contacts.write").contains("crm.schemas.contacts.write");
      });
    }
  }

  @Test
  void missingScopeFailsOnlyItsItemAndNamesTheScope() {
    stubHealthyPortal();
    hubSpot.wireMock.stubFor(post(urlPathEqualTo("/crm/v3/objects/deals/search"))
        .willReturn(aResponse().withStatus(403).withBody(body("error-403-missing-scopes.json"))));

    try (HubSpotConnection connection = open(List.of("contacts", "deals"))) {
      List<CheckItem> failed = connection.check().items().stream().filter(i -> !i.ok()).toList();

      assertThat(failed).singleElement().satisfies(item -> {
        assertThat(item.name()).isEqualTo("read deals");
        assertThat(item.detail()).contains("crm.objects.deals.read");
      });
    }
  }

  @Test
  void unreachableHostSaysSoWithoutRetrying() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }

    try (HubSpotConnection connection =
        open("http://127.0.0.1:" + closedPort, Optional.of(HubSpotTestServer.TOKEN), List.of("contacts"))) {
      CheckReport report = connection.check();

      assertThat(report.items()).singleElement().satisfies(item -> {
        assertThat(item.ok()).isFalse();
        assertThat(item.detail()).contains("Cannot reach HubSpot at 127.0.0.1");
      });
      assertThat(hubSpot.time.sleeps()).isEmpty();
    }
  }

  @Test
  void missingTokenIsReportedWithoutAnyCall() {
    try (HubSpotConnection connection = open(hubSpot.baseUrl(), Optional.empty(), List.of("contacts"))) {
      CheckReport report = connection.check();

      assertThat(report.items()).singleElement().satisfies(item -> {
        assertThat(item.ok()).isFalse();
        assertThat(item.detail()).contains("No access token").contains("accessToken");
      });
      assertThat(hubSpot.wireMock.getAllServeEvents()).isEmpty();
    }
  }
}
