package io.revbridge.hubspot.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.revbridge.hubspot.internal.HubSpotTestServer.body;
import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.model.Owner;
import io.revbridge.model.RecordRef;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HubSpotOwnerDirectoryTest {
  final HubSpotTestServer hubSpot = new HubSpotTestServer();

  @AfterEach
  void stop() {
    hubSpot.close();
  }

  @Test
  void activeAndDeactivatedOwnersOfEveryPageAreListedById() {
    hubSpot.wireMock.stubFor(get(urlPathEqualTo("/crm/v3/owners")).withQueryParam("archived", equalTo("false"))
        .withQueryParam("after", absent()).willReturn(okJson(body("owners-active-page-1.json"))));
    // The page token arrives URL-encoded ("Mg%3D%3D") and must reach HubSpot encoded once, not twice.
    hubSpot.wireMock.stubFor(get(urlPathEqualTo("/crm/v3/owners")).withQueryParam("archived", equalTo("false"))
        .withQueryParam("after", equalTo("Mg==")).willReturn(okJson(body("owners-active-page-2.json"))));
    hubSpot.wireMock.stubFor(get(urlPathEqualTo("/crm/v3/owners")).withQueryParam("archived", equalTo("true"))
        .willReturn(okJson(body("owners-archived.json"))));

    List<Owner> owners = new HubSpotOwnerDirectory("hs", hubSpot.client()).owners();

    assertThat(owners).extracting(Owner::id, Owner::active).containsExactly(
        org.assertj.core.groups.Tuple.tuple("9", true),
        org.assertj.core.groups.Tuple.tuple("55", false),
        org.assertj.core.groups.Tuple.tuple("120", true),
        org.assertj.core.groups.Tuple.tuple("76299546", true));
    assertThat(owners.get(3)).isEqualTo(new Owner(new RecordRef("hs", "owners", "76299546"),
        Instant.parse("2024-08-01T10:00:00Z"), "ana@example.com", "Ana", "Ruiz", true));
  }
}
