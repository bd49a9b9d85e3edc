package io.revbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OwnersContractTest {

  @Test
  void tenActiveOwnersPageThroughWithAfter() {
    try (HubSpotSandbox sandbox = HubSpotSandbox.start(SandboxOptions.defaults().withContacts(10))) {
      SandboxHttp http = new SandboxHttp(sandbox);
      List<JsonNode> owners = new ArrayList<>();
      String path = "/crm/v3/owners?limit=3";
      int pages = 0;
      while (path != null) {
        JsonNode body = http.get(path).body();
        body.get("results").forEach(owners::add);
        pages++;
        path = body.has("paging") ? "/crm/v3/owners?limit=3&after=" + body.at("/paging/next/after").asText() : null;
      }

      assertThat(pages).isEqualTo(4);
      assertThat(owners).hasSize(10);
      assertThat(owners).extracting(o -> o.get("id").asText()).doesNotHaveDuplicates().allMatch(id -> id.matches("\\d+"));
      assertThat(owners).allSatisfy(o -> {
        assertThat(o.get("email").asText()).matches("[a-z]+\\.[a-z]+\\d*@sandbox-company\\.test");
        assertThat(o.get("type").asText()).isEqualTo("PERSON");
        assertThat(o.get("archived").asBoolean()).isFalse();
        assertThat(o.get("userId").isIntegralNumber()).isTrue();
        assertThat(o.get("teams")).isNotEmpty();
      });
    }
  }

  @Test
  void archivedOwnersAreServedOnlyWhenAskedFor() {
    try (HubSpotSandbox none = HubSpotSandbox.start(SandboxOptions.defaults().withContacts(10));
        HubSpotSandbox two = HubSpotSandbox.start(SandboxOptions.defaults().withContacts(10).withArchivedOwners(2))) {
      JsonNode noneArchived = new SandboxHttp(none).get("/crm/v3/owners?archived=true").body();
      JsonNode twoArchived = new SandboxHttp(two).get("/crm/v3/owners?archived=true").body();
      JsonNode twoActive = new SandboxHttp(two).get("/crm/v3/owners").body();

      assertThat(noneArchived.get("results")).isEmpty();
      assertThat(twoArchived.get("results")).hasSize(2).allMatch(o -> o.get("archived").asBoolean());
      assertThat(twoActive.get("results")).hasSize(10);
    }
  }

  @Test
  void seededRecordsAreOwnedOnlyByActiveOwners() {
    try (HubSpotSandbox sandbox = HubSpotSandbox.start(SandboxOptions.defaults().withArchivedOwners(1))) {
      List<String> active = new ArrayList<>();
      new SandboxHttp(sandbox).get("/crm/v3/owners").body().get("results").forEach(o -> active.add(o.get("id").asText()));

      assertThat(sandbox.records("contacts")).map(r -> r.get("hubspot_owner_id")).filteredOn(id -> id != null)
          .isNotEmpty().allMatch(active::contains);
    }
  }
}
