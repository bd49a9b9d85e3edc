package io.revbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AssociationsContractTest {
  private HubSpotSandbox sandbox;
  private SandboxHttp http;

  @BeforeEach
  void start() {
    sandbox = HubSpotSandbox.start(SandboxOptions.defaults().unlimited().withContacts(100));
    http = new SandboxHttp(sandbox);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void everySeededDealHasItsCompanyAndTheCompanysFirstContactWhenThereIsOne() {
    List<SandboxRecord> deals = sandbox.records("deals");

    assertThat(deals).isNotEmpty().allSatisfy(d -> assertThat(d.associations().get("companies")).hasSize(1));
    assertThat(deals).anySatisfy(d -> assertThat(d.associations().get("contacts")).hasSize(1));
    for (SandboxRecord d : deals) {
      List<String> contacts = d.associations().getOrDefault("contacts", List.of());
      String company = d.associations().get("companies").get(0);
      assertThat(contacts).allSatisfy(c -> assertThat(sandbox.find("contacts", c).orElseThrow()
          .associations().get("deals")).contains(d.id()));
      assertThat(sandbox.find("companies", company).orElseThrow().associations().get("deals")).contains(d.id());
    }
  }

  @Test
  void v4BatchReadNamesThePrimaryCompanyAndReportsIdsWithoutAssociationsAs207Errors() {
    SandboxRecord deal = sandbox.records("deals").get(0);
    String company = deal.associations().get("companies").get(0);

    SandboxHttp.Resp r = http.post("/crm/v4/associations/deals/companies/batch/read",
        "{\"inputs\":[{\"id\":\"" + deal.id() + "\"},{\"id\":\"999999\"}]}");

    assertThat(r.status()).isEqualTo(207);
    JsonNode result = r.body().at("/results/0");
    assertThat(result.at("/from/id").asText()).isEqualTo(deal.id());
    assertThat(result.at("/to/0/toObjectId").asLong()).isEqualTo(Long.parseLong(company));
    assertThat(result.at("/to/0/associationTypes")).extracting(t -> t.get("typeId").asInt())
        .containsExactly(5, 341);
    assertThat(result.at("/to/0/associationTypes/0/label").asText()).isEqualTo("Primary");
    assertThat(r.body().at("/errors/0/context/fromObjectId/0").asText()).isEqualTo("999999");
    assertThat(r.body().at("/errors/0/subCategory").asText()).isEqualTo("crm.associations.NO_ASSOCIATIONS_FOUND");
  }

  @Test
  void v4BatchReadOfDealContactsUsesTheDealToContactType() {
    SandboxRecord deal = sandbox.records("deals").stream()
        .filter(d -> d.associations().containsKey("contacts")).findFirst().orElseThrow();

    SandboxHttp.Resp r = http.post("/crm/v4/associations/deal/contact/batch/read",
        "{\"inputs\":[{\"id\":\"" + deal.id() + "\"}]}");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body().at("/results/0/to/0/toObjectId").asText())
        .isEqualTo(deal.associations().get("contacts").get(0));
    assertThat(r.body().at("/results/0/to/0/associationTypes/0/typeId").asInt()).isEqualTo(3);
  }

  @Test
  void anUnknownObjectTypeIsA400() {
    SandboxHttp.Resp r = http.post("/crm/v4/associations/deals/widgets/batch/read", "{\"inputs\":[{\"id\":\"1\"}]}");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().get("message").asText()).contains("widgets");
  }
}
