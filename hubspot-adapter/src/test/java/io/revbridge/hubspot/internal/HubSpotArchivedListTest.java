package io.revbridge.hubspot.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.revbridge.hubspot.internal.HubSpotTestServer.body;
import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.spi.Change;
import io.revbridge.spi.ChangeKind;
import io.revbridge.spi.ChangePage;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HubSpotArchivedListTest {
  final HubSpotTestServer hubSpot = new HubSpotTestServer();

  @AfterEach
  void stop() {
    hubSpot.close();
  }

  @Test
  void archivedRecordsBecomeDeletionsAtTheirArchiveTimeAcrossPages() {
    hubSpot.wireMock.stubFor(get(urlPathEqualTo("/crm/v3/objects/contacts"))
        .withQueryParam("archived", equalTo("true")).withQueryParam("limit", equalTo("100"))
        .willReturn(okJson(body("archived-contacts-page-1.json"))));
    hubSpot.wireMock.stubFor(get(urlPathEqualTo("/crm/v3/objects/contacts"))
        .withQueryParam("archived", equalTo("true")).withQueryParam("after", equalTo("NTI1Cg=="))
        .willReturn(okJson(body("archived-contacts-page-2.json"))));
    try (HubSpotClient client = hubSpot.client()) {
      HubSpotChangeFeed feed = new HubSpotChangeFeed("hs", HubSpotSearch.over(client),
          new HubSpotArchivedList("hs", client), null);

      ChangePage first = feed.deletions("contacts", null);
      ChangePage second = feed.deletions("contacts", first.nextCursor());

      assertThat(first.hasMore()).isTrue();
      assertThat(first.changes()).extracting(c -> c.ref().id()).containsExactly("100451", "100452");
      Change one = first.changes().get(0);
      assertThat(one.kind()).isEqualTo(ChangeKind.DELETE);
      assertThat(one.occurredAt()).isEqualTo(Instant.parse("2024-09-12T08:00:00Z"));
      assertThat(one.eventKey()).isEqualTo("archived:" + one.ref().key() + "@" + one.occurredAt().toEpochMilli());
      assertThat(one.record()).isEmpty();
      assertThat(second.hasMore()).isFalse();
      assertThat(second.changes()).extracting(c -> c.ref().id()).containsExactly("100999");
    }
  }
}
