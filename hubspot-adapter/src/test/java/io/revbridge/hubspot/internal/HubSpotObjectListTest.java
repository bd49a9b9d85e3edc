package io.revbridge.hubspot.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.spi.ChangePage;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HubSpotObjectListTest {
  final HubSpotTestServer hubSpot = new HubSpotTestServer();

  @AfterEach
  void stop() {
    hubSpot.close();
  }

  private static String company(String id, String name, String modified) {
    return "{\"id\":\"" + id + "\",\"properties\":{\"name\":\"" + name + "\",\"hs_lastmodifieddate\":\"" + modified
        + "\",\"hs_object_id\":\"" + id + "\"},\"createdAt\":\"2024-01-01T00:00:00Z\",\"updatedAt\":\"" + modified
        + "\",\"archived\":false}";
  }

  @Test
  void anObjectIsListedWholeByPlainListPagesNotBySearch() {
    hubSpot.wireMock.stubFor(get(urlPathEqualTo("/crm/v3/objects/companies"))
        .withQueryParam("limit", equalTo("100")).withQueryParam("properties", equalTo("domain,hs_lastmodifieddate,name"))
        .willReturn(okJson("{\"results\":[" + company("11", "Acme", "2024-09-11T13:27:39.356Z") + ","
            + company("12", "Globex", "2024-09-12T08:00:00Z") + "],\"paging\":{\"next\":{\"after\":\"MTM=\","
            + "\"link\":\"?after=MTM=\"}}}")));
    hubSpot.wireMock.stubFor(get(urlPathEqualTo("/crm/v3/objects/companies")).withQueryParam("after", equalTo("MTM="))
        .willReturn(okJson("{\"results\":[" + company("13", "Initech", "2024-09-13T08:00:00Z") + "]}")));
    try (HubSpotClient client = hubSpot.client()) {
      HubSpotChangeFeed feed = new HubSpotChangeFeed("hs", HubSpotSearch.over(client), null, null,
          new HubSpotObjectList("hs", client));

      ChangePage first = feed.list("companies", null, Set.of("name", "domain"));
      ChangePage second = feed.list("companies", first.nextCursor(), Set.of("name", "domain"));

      assertThat(first.hasMore()).isTrue();
      assertThat(first.changes()).extracting(c -> c.ref().id()).containsExactly("11", "12");
      assertThat(first.changes().get(0).record().orElseThrow().field("name")).isEqualTo("Acme");
      assertThat(first.changes().get(0).occurredAt()).isEqualTo(Instant.parse("2024-09-11T13:27:39.356Z"));
      assertThat(second.hasMore()).isFalse();
      assertThat(second.changes()).extracting(c -> c.ref().id()).containsExactly("13");
      hubSpot.wireMock.verify(2, getRequestedFor(urlPathEqualTo("/crm/v3/objects/companies")));
      hubSpot.wireMock.verify(0, postRequestedFor(anyUrl()));
    }
  }
}
