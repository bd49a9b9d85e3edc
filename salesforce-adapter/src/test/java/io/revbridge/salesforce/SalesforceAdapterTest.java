package io.revbridge.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.spi.Capability;
import io.revbridge.spi.CheckItem;
import io.revbridge.spi.CheckReport;
import io.revbridge.spi.ConnectionSettings;
import io.revbridge.spi.CrmAdapter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class SalesforceAdapterTest {
  private static final ConnectionSettings NO_AUTH =
      new ConnectionSettings(
          "sf", "salesforce", Optional.empty(), Optional.empty(), Optional.empty(), List.of("Lead"), Map.of());

  @Test
  void adapterIsFoundByServiceLoader() {
    assertThat(ServiceLoader.load(CrmAdapter.class).stream().map(p -> p.get().crm()))
        .contains("salesforce");
  }

  @Test
  void openingIsOfflineAndOffersEveryCapability() {
    var connection = new SalesforceAdapter().open(NO_AUTH);

    assertThat(connection.capabilities()).containsExactlyInAnyOrder(Capability.values());
    assertThat(connection).hasToString("SalesforceConnection[sf @ https://login.salesforce.com]");
  }

  @Test
  void checkWithoutAnAuthBlockSaysWhatToAddAndCallsNothing() {
    CheckReport report = new SalesforceAdapter().open(NO_AUTH).check();

    assertThat(report.ok()).isFalse();
    assertThat(report.items()).singleElement().extracting(CheckItem::detail).asString()
        .contains("`flow: jwt` or `flow: client-credentials`");
  }
}
