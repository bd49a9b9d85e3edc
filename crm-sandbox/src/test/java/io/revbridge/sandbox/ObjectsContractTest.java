package io.revbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ObjectsContractTest {
  private HubSpotSandbox sandbox;
  private SandboxHttp http;

  @BeforeEach
  void start() {
    sandbox = HubSpotSandbox.start(SandboxOptions.defaults().unlimited().withContacts(250));
    http = new SandboxHttp(sandbox);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void listPagesThroughEveryContactWithTheAfterCursor() {
    List<String> ids = new ArrayList<>();
    String path = "/crm/v3/objects/contacts?limit=100&properties=email,jobtitle";
    while (path != null) {
      JsonNode body = http.get(path).body();
      body.get("results").forEach(r -> ids.add(r.get("id").asText()));
      path = body.has("paging")
          ? "/crm/v3/objects/contacts?limit=100&after=" + body.at("/paging/next/after").asText() : null;
    }

    assertThat(ids).hasSize(250).doesNotHaveDuplicates()
        .containsExactlyElementsOf(sandbox.records("contacts").stream().map(SandboxRecord::id).toList());
  }

  @Test
  void aListPageOver100IsRefused() {
    SandboxHttp.Resp r = http.get("/crm/v3/objects/contacts?limit=101");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().get("message").asText()).contains("100");
  }

  @Test
  void readingOneRecordReturnsRequestedPropertiesAndAssociations() {
    SandboxRecord contact = sandbox.records("contacts").stream().filter(c -> c.get("associatedcompanyid") != null)
        .findFirst().orElseThrow();

    JsonNode body = http.get("/crm/v3/objects/contacts/" + contact.id() + "?properties=jobtitle,company"
        + "&associations=companies").body();
    JsonNode byEmail = http.get("/crm/v3/objects/contacts/" + contact.get("email") + "?idProperty=email").body();

    assertThat(body.at("/properties/company").asText()).isEqualTo(contact.get("company"));
    assertThat(body.at("/properties/hs_object_id").asText()).isEqualTo(contact.id());
    assertThat(body.at("/associations/companies/results/0/id").asText()).isEqualTo(contact.get("associatedcompanyid"));
    assertThat(body.at("/associations/companies/results/0/type").asText()).isEqualTo("contact_to_company");
    assertThat(byEmail.get("id").asText()).isEqualTo(contact.id());
  }

  @Test
  void aMissingRecordIs404() {
    SandboxHttp.Resp r = http.get("/crm/v3/objects/contacts/999999999");

    assertThat(r.status()).isEqualTo(404);
    assertThat(r.body().get("category").asText()).isEqualTo("OBJECT_NOT_FOUND");
  }

  @Test
  void creatingAContactAnswers201AndADuplicateEmail409() {
    String body = "{\"properties\":{\"email\":\"new.person@example-buyer.test\",\"firstname\":\"New\","
        + "\"jobtitle\":\"CTO\",\"pricing_page_visited\":\"true\"}}";

    SandboxHttp.Resp created = http.post("/crm/v3/objects/contacts", body);
    SandboxHttp.Resp duplicate = http.post("/crm/v3/objects/contacts", body.replace("new.person", "NEW.PERSON"));

    assertThat(created.status()).isEqualTo(201);
    String id = created.body().get("id").asText();
    assertThat(Long.parseLong(id)).isGreaterThan(sandbox.records("deals").stream()
        .mapToLong(d -> Long.parseLong(d.id())).max().orElseThrow());
    assertThat(sandbox.record("contacts", id)).containsEntry("jobtitle", "CTO").containsEntry("hs_object_id", id);
    assertThat(sandbox.writes()).singleElement()
        .satisfies(w -> assertThat(w.endpoint()).isEqualTo("POST /crm/v3/objects/contacts"));
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.body().get("message").asText()).contains("already exists").contains(id);
  }

  @Test
  void unknownPathsMalformedJsonAndUnknownTypesGetClearErrors() {
    SandboxHttp.Resp unknown = http.get("/crm/v3/pipelines/deals");
    SandboxHttp.Resp malformed = http.post("/crm/v3/objects/contacts/search", "{\"limit\": 10,");
    SandboxHttp.Resp type = http.get("/crm/v3/objects/tickets");

    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.body().get("message").asText()).contains("/crm/v3/pipelines/deals");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.body().get("message").asText()).startsWith("Invalid input JSON");
    assertThat(type.status()).isEqualTo(400);
    assertThat(type.body().get("message").asText()).contains("tickets");
  }
}
