package io.revbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PropertiesContractTest {
  private static final String SCORE_PROPERTY = """
      {"name":"revbridge_score","label":"Revbridge score","type":"number","fieldType":"number",
       "groupName":"contactinformation","description":"Lead score 0-100"}""";

  private HubSpotSandbox sandbox;
  private SandboxHttp http;

  @BeforeEach
  void start() {
    sandbox = HubSpotSandbox.start(SandboxOptions.defaults().unlimited().withContacts(20));
    http = new SandboxHttp(sandbox);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void listHasStandardAndRevOpsPropertiesButNotRevbridgesOwn() {
    JsonNode body = http.get("/crm/v3/properties/contacts").body();

    List<String> names = names(body);
    assertThat(names).contains("email", "jobtitle", "lastmodifieddate", "hs_object_id", "hubspot_owner_id",
        "pricing_page_visited", "content_downloads", "current_solution", "current_solution_expiring",
        "hs_analytics_first_url", "hs_analytics_last_url", "hs_analytics_num_visits", "hs_email_open", "hs_email_click");
    assertThat(names).noneMatch(n -> n.startsWith("revbridge_"));
    JsonNode pricing = find(body, "pricing_page_visited");
    assertThat(pricing.get("type").asText()).isEqualTo("bool");
    assertThat(pricing.get("fieldType").asText()).isEqualTo("booleancheckbox");
    assertThat(pricing.get("hubspotDefined").asBoolean()).isFalse();
    assertThat(find(body, "lastmodifieddate").at("/modificationMetadata/readOnlyValue").asBoolean()).isTrue();
  }

  @Test
  void creatingAPropertyAnswers201ThenConflictsWith409() {
    SandboxHttp.Resp created = http.post("/crm/v3/properties/contacts", SCORE_PROPERTY);
    SandboxHttp.Resp again = http.post("/crm/v3/properties/contacts", SCORE_PROPERTY);

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.body().get("name").asText()).isEqualTo("revbridge_score");
    assertThat(created.body().get("type").asText()).isEqualTo("number");
    assertThat(names(http.get("/crm/v3/properties/contacts").body())).contains("revbridge_score");
    assertThat(http.get("/crm/v3/properties/contacts/revbridge_score").status()).isEqualTo(200);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body().get("message").asText()).contains("revbridge_score").contains("already exists");
  }

  @Test
  void aPropertyWithoutItsRequiredFieldsIsRefusedNamingThem() {
    SandboxHttp.Resp r = http.post("/crm/v3/properties/contacts", "{\"name\":\"revbridge_grade\",\"type\":\"string\"}");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().get("message").asText()).contains("label").contains("fieldType").contains("groupName");
  }

  @Test
  void writingAnUndefinedPropertyFailsUntilItIsCreated() {
    String id = sandbox.records("contacts").get(0).id();
    String write = "{\"inputs\":[{\"id\":\"" + id + "\",\"properties\":{\"revbridge_score\":\"87\"}}]}";

    SandboxHttp.Resp before = http.post("/crm/v3/objects/contacts/batch/update", write);
    http.post("/crm/v3/properties/contacts", SCORE_PROPERTY);
    SandboxHttp.Resp after = http.post("/crm/v3/objects/contacts/batch/update", write);

    assertThat(before.status()).isEqualTo(207);
    assertThat(before.body().at("/errors/0/message").asText()).contains("PROPERTY_DOESNT_EXIST");
    assertThat(after.status()).isEqualTo(200);
    assertThat(sandbox.record("contacts", id)).containsEntry("revbridge_score", "87");
    assertThat(http.search("contacts", """
        {"filterGroups":[{"filters":[{"propertyName":"revbridge_score","operator":"GTE","value":"80"}]}]}""")
        .body().get("total").asInt()).isEqualTo(1);
  }

  @Test
  void datetimeAndEnumerationValuesAreValidatedAndNormalised() {
    http.post("/crm/v3/properties/contacts", """
        {"name":"revbridge_last_scored_at","label":"Last scored","type":"datetime","fieldType":"date",
         "groupName":"contactinformation"}""");
    String id = sandbox.records("contacts").get(0).id();

    SandboxHttp.Resp millis = http.patch("/crm/v3/objects/contacts/" + id,
        "{\"properties\":{\"revbridge_last_scored_at\":\"1767225600000\"}}");
    SandboxHttp.Resp badStage = http.patch("/crm/v3/objects/contacts/" + id,
        "{\"properties\":{\"lifecyclestage\":\"hot\"}}");

    assertThat(millis.status()).isEqualTo(200);
    assertThat(sandbox.record("contacts", id)).containsEntry("revbridge_last_scored_at", "2026-01-01T00:00:00.000Z");
    assertThat(badStage.status()).isEqualTo(400);
    assertThat(badStage.body().get("message").asText()).contains("INVALID_OPTION").contains("salesqualifiedlead");
  }

  private static List<String> names(JsonNode body) {
    List<String> names = new ArrayList<>();
    body.get("results").forEach(p -> names.add(p.get("name").asText()));
    return names;
  }

  private static JsonNode find(JsonNode body, String name) {
    for (JsonNode p : body.get("results")) {
      if (p.get("name").asText().equals(name)) {
        return p;
      }
    }
    throw new AssertionError("no property " + name);
  }

  @Test
  void aPropertyGroupIsCreatedOnceAndThenHoldsProperties() {
    String group = "{\"name\":\"revbridge\",\"label\":\"Revbridge\",\"displayOrder\":-1}";
    String property = "{\"name\":\"revbridge_grade\",\"label\":\"Grade\",\"type\":\"enumeration\","
        + "\"fieldType\":\"select\",\"groupName\":\"revbridge\",\"options\":[{\"label\":\"HOT\",\"value\":\"HOT\"}]}";

    SandboxHttp.Resp before = http.get("/crm/v3/properties/contacts/groups/revbridge");
    SandboxHttp.Resp tooEarly = http.post("/crm/v3/properties/contacts", property);
    SandboxHttp.Resp created = http.post("/crm/v3/properties/contacts/groups", group);
    SandboxHttp.Resp again = http.post("/crm/v3/properties/contacts/groups", group);
    SandboxHttp.Resp inGroup = http.post("/crm/v3/properties/contacts", property);

    assertThat(before.status()).isEqualTo(404);
    assertThat(tooEarly.status()).isEqualTo(400);
    assertThat(tooEarly.body().get("message").asText()).contains("Property group revbridge does not exist");
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.body().get("label").asText()).isEqualTo("Revbridge");
    assertThat(again.status()).isEqualTo(409);
    assertThat(inGroup.status()).isEqualTo(201);
    assertThat(http.get("/crm/v3/properties/contacts/groups/revbridge").status()).isEqualTo(200);
    List<String> groups = new ArrayList<>();
    http.get("/crm/v3/properties/contacts/groups").body().get("results").forEach(g -> groups.add(g.get("name").asText()));
    assertThat(groups).contains("contactinformation", "revbridge");
    assertThat(http.get("/crm/v3/properties/companies/groups/revbridge").status()).as("groups are per object type")
        .isEqualTo(404);
  }
}
