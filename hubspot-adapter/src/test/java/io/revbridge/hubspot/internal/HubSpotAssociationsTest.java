package io.revbridge.hubspot.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.revbridge.hubspot.internal.HubSpotTestServer.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revbridge.spi.Change;
import io.revbridge.spi.ChangePage;
import io.revbridge.spi.CrmRecord;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HubSpotAssociationsTest {
  static final String DEAL_COMPANIES = "/crm/v4/associations/deals/companies/batch/read";
  static final String DEAL_CONTACTS = "/crm/v4/associations/deals/contacts/batch/read";
  static final Set<String> DEAL_FIELDS = Set.of("dealname", "associations.companies", "associations.contacts");

  final HubSpotTestServer hubSpot = new HubSpotTestServer();
  final HubSpotClient client = hubSpot.client();

  @AfterEach
  void stop() {
    client.close();
    hubSpot.close();
  }

  void stubDealAssociations() {
    hubSpot.wireMock.stubFor(post(urlPathEqualTo(DEAL_COMPANIES))
        .willReturn(aResponse().withStatus(207).withBody(body("associations-deals-companies-207.json"))));
    hubSpot.wireMock.stubFor(post(urlPathEqualTo(DEAL_CONTACTS))
        .willReturn(okJson(body("associations-deals-contacts-200.json"))));
  }

  @Test
  void batchReadDealsCarryTheirPrimaryCompanyAndFirstContact() {
    hubSpot.wireMock.stubFor(post(urlPathEqualTo("/crm/v3/objects/deals/batch/read"))
        .withRequestBody(equalToJson("{\"properties\":[\"dealname\",\"hs_lastmodifieddate\"]}", true, true))
        .willReturn(okJson(body("batch-read-deals-200.json"))));
    stubDealAssociations();

    List<CrmRecord> deals = new HubSpotRecordReader("hs", client).read("deals", List.of("9001", "9002"), DEAL_FIELDS);

    // the primary company wins over the first-listed one; 9002 has no company (a 207 error), so no field
    assertThat(deals.get(0).field("associations.companies")).isEqualTo("5502");
    assertThat(deals.get(0).field("associations.contacts")).isEqualTo("100451");
    assertThat(deals.get(1).fields()).doesNotContainKey("associations.companies");
    assertThat(deals.get(1).field("associations.contacts")).isEqualTo("100452");
    hubSpot.wireMock.verify(postRequestedFor(urlPathEqualTo(DEAL_COMPANIES))
        .withRequestBody(equalToJson("{\"inputs\":[{\"id\":\"9001\"},{\"id\":\"9002\"}]}")));
  }

  @Test
  void polledDealsGetTheirAssociationsWithOneCallPerTargetTypePerPage() {
    hubSpot.wireMock.stubFor(post(urlPathEqualTo("/crm/v3/objects/deals/search"))
        .willReturn(okJson(body("search-deals-page.json"))));
    stubDealAssociations();
    HubSpotChangeFeed feed = new HubSpotChangeFeed("hs", HubSpotSearch.over(client), null,
        new HubSpotAssociations(client));

    ChangePage page = feed.poll("deals", null, DEAL_FIELDS);

    assertThat(page.changes()).extracting(c -> c.record().orElseThrow().field("associations.companies"))
        .containsExactly("5502", null);
    assertThat(page.changes()).extracting(Change::eventKey)
        .containsExactly("poll:1726061259356:hs/deals/9001", "poll:1726061400000:hs/deals/9002");
    hubSpot.wireMock.verify(1, postRequestedFor(urlPathEqualTo(DEAL_COMPANIES)));
    hubSpot.wireMock.verify(1, postRequestedFor(urlPathEqualTo(DEAL_CONTACTS)));
    // association pseudo-fields are not HubSpot properties: the search must not ask for them
    hubSpot.wireMock.verify(postRequestedFor(urlPathEqualTo("/crm/v3/objects/deals/search"))
        .withRequestBody(equalToJson("{\"properties\":[\"dealname\",\"hs_lastmodifieddate\",\"hs_object_id\"]}",
            true, true)));
  }

  @Test
  void withoutAssociationFieldsNoAssociationIsRead() {
    hubSpot.wireMock.stubFor(post(urlPathEqualTo("/crm/v3/objects/deals/batch/read"))
        .willReturn(okJson(body("batch-read-deals-200.json"))));

    new HubSpotRecordReader("hs", client).read("deals", List.of("9001"), Set.of("dealname"));

    hubSpot.wireMock.verify(0, postRequestedFor(urlPathEqualTo(DEAL_COMPANIES)));
  }

  @Test
  void anAssociationFieldNamingNoObjectIsRefusedWithTheValidNames() {
    assertThatThrownBy(() -> HubSpotAssociations.targets(Set.of("associations.widgets")))
        .hasMessageContaining("associations.widgets").hasMessageContaining("associations.companies");
  }
}
