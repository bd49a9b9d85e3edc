package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.hubspot.HubSpotAdapter;
import io.revbridge.mapping.MappingLoader;
import io.revbridge.mapping.MappingSource;
import io.revbridge.mapping.ObjectMapping;
import io.revbridge.model.Deal;
import io.revbridge.model.RecordRef;
import io.revbridge.sandbox.HubSpotSandbox;
import io.revbridge.sandbox.SandboxOptions;
import io.revbridge.sandbox.SandboxRecord;
import io.revbridge.spi.ChangePage;
import io.revbridge.spi.ConnectionSettings;
import io.revbridge.spi.CrmConnection;
import io.revbridge.spi.CrmRecord;
import io.revbridge.spi.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The default deal mapping against the sandbox: polled and batch-read deals carry the company and contact HubSpot
 * associates them with (v4 associations), as companyRef and contactRef.
 */
class HubSpotDealAssociationsIT {
  @Test
  void dealsCarryTheirCompanyAndContactFromHubSpotsAssociations() {
    try (HubSpotSandbox sandbox = HubSpotSandbox.start(SandboxOptions.defaults().unlimited().withContacts(300));
        CrmConnection hubSpot = new HubSpotAdapter().open(new ConnectionSettings("main", "hubspot",
            Optional.of(sandbox.baseUrl()), Optional.of(Secret.of(sandbox.accessToken())), Optional.empty(),
            List.of("deals"), Map.of()))) {
      ObjectMapping deals = MappingLoader.load(MappingSource.classpath(MappingSource.DEFAULTS_PREFIX))
          .forObject("hubspot", "deals").orElseThrow();

      List<Deal> polled = new ArrayList<>();
      String cursor = null;
      ChangePage page;
      do {
        page = hubSpot.changeFeed().poll("deals", cursor, deals.inboundFields());
        page.changes().forEach(c -> polled.add(deals.toDeal(c.record().orElseThrow())));
        cursor = page.nextCursor();
      } while (page.hasMore());

      assertThat(polled).hasSize(sandbox.records("deals").size());
      for (Deal deal : polled) {
        SandboxRecord truth = sandbox.find("deals", deal.ref().id()).orElseThrow();
        assertThat(deal.companyRef()).isEqualTo(
            new RecordRef("main", "companies", truth.associations().get("companies").get(0)));
        List<String> contacts = truth.associations().getOrDefault("contacts", List.of());
        assertThat(deal.contactRef()).isEqualTo(
            contacts.isEmpty() ? null : new RecordRef("main", "contacts", contacts.get(0)));
      }
      assertThat(polled).anySatisfy(d -> assertThat(d.contactRef()).isNotNull());

      // A person moves a deal to another company: a read names the new one.
      SandboxRecord deal = sandbox.records("deals").get(0);
      String before = deal.associations().get("companies").get(0);
      String after = sandbox.records("companies").stream().map(SandboxRecord::id).filter(id -> !id.equals(before))
          .findFirst().orElseThrow();
      sandbox.dissociate("deals", deal.id(), "companies", before);
      sandbox.associate("deals", deal.id(), "companies", after);
      CrmRecord reread = hubSpot.reader().read("deals", List.of(deal.id()), deals.inboundFields()).get(0);

      assertThat(deals.toDeal(reread).companyRef()).isEqualTo(new RecordRef("main", "companies", after));
    }
  }
}
