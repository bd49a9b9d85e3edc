package io.revbridge.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revbridge.spi.ConnectionSettings;
import io.revbridge.spi.CrmAdapter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class SalesforceAdapterTest {
  private static final ConnectionSettings SETTINGS =
      new ConnectionSettings(
          "sf", "salesforce", Optional.empty(), Optional.empty(), Optional.empty(), List.of("Lead"), Map.of());

  @Test
  void adapterIsFoundByServiceLoader() {
    assertThat(ServiceLoader.load(CrmAdapter.class).stream().map(p -> p.get().crm()))
        .contains("salesforce");
  }

  @Test
  void checkSaysSalesforceIsNotYetSupportedInsteadOfPretending() {
    var connection = new SalesforceAdapter().open(SETTINGS);

    var report = connection.check();

    assertThat(report.ok()).isFalse();
    assertThat(report.items()).singleElement().satisfies(i -> assertThat(i.detail()).contains("not available"));
    assertThat(connection.capabilities()).isEmpty();
    assertThatThrownBy(connection::changeFeed).hasMessageContaining("not available");
  }
}
