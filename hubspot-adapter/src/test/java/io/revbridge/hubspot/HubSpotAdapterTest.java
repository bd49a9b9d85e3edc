package io.revbridge.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revbridge.spi.Capability;
import io.revbridge.spi.ConnectionSettings;
import io.revbridge.spi.CrmAdapter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class HubSpotAdapterTest {
  static ConnectionSettings settings(String baseUrl, List<String> objects, Map<String, String> options) {
    return new ConnectionSettings("hs", "hubspot", Optional.ofNullable(baseUrl), Optional.empty(),
        Optional.empty(), objects, options);
  }

  @Test
  void serviceLoaderFindsTheAdapterUnderHubspot() {
    assertThat(ServiceLoader.load(CrmAdapter.class).stream().map(ServiceLoader.Provider::get))
        .anySatisfy(adapter -> {
          assertThat(adapter).isInstanceOf(HubSpotAdapter.class);
          assertThat(adapter.crm()).isEqualTo("hubspot");
        });
  }

  @Test
  void openIsOfflineAndOffersEveryCapability() {
    try (HubSpotConnection connection = new HubSpotAdapter().open(
        settings(null, List.of("contacts", "companies", "deals"), Map.of()))) {
      assertThat(connection.name()).isEqualTo("hs");
      assertThat(connection.capabilities()).containsExactlyInAnyOrder(Capability.values());
      assertThat(connection.toString()).isEqualTo("HubSpotConnection[hs @ api.hubapi.com]");
    }
  }

  @Test
  void badOptionIsRejectedAtOpenNamingTheKey() {
    assertThatThrownBy(() -> new HubSpotAdapter().open(settings(null, List.of(), Map.of("searchPerSecond", "9000"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("connection 'hs'")
        .hasMessageContaining("searchPerSecond");
  }

  @Test
  void badBaseUrlIsRejectedAtOpen() {
    assertThatThrownBy(() -> new HubSpotAdapter().open(settings("localhost:8089", List.of(), Map.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("baseUrl 'localhost:8089' is not an http(s) URL");
  }

  @Test
  void objectTypesTheAdapterDoesNotSyncAreRejectedAtOpen() {
    assertThatThrownBy(() -> new HubSpotAdapter().open(settings(null, List.of("contacts", "tickets"), Map.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("connection 'hs': objects [tickets] are not synced by the HubSpot adapter;"
            + " use contacts, companies, deals");
  }
}
