package io.revbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SearchContractTest {
  private static HubSpotSandbox sandbox;
  private static SandboxHttp http;

  @BeforeAll
  static void start() {
    sandbox = HubSpotSandbox.start(SandboxOptions.defaults().unlimited());
    http = new SandboxHttp(sandbox);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void filtersInAGroupAreAndedAndGroupsAreOred() {
    long decisionMakersWithPricing = contacts().stream()
        .filter(c -> "CEO".equals(c.get("jobtitle")) && "true".equals(c.get("pricing_page_visited"))).count();
    long ctos = contacts().stream().filter(c -> "CTO".equals(c.get("jobtitle"))).count();

    JsonNode and = http.search("contacts", """
        {"filterGroups":[{"filters":[{"propertyName":"jobtitle","operator":"EQ","value":"ceo"},
          {"propertyName":"pricing_page_visited","operator":"EQ","value":"true"}]}]}""").body();
    JsonNode or = http.search("contacts", """
        {"filterGroups":[{"filters":[{"propertyName":"jobtitle","operator":"EQ","value":"CEO"},
          {"propertyName":"pricing_page_visited","operator":"EQ","value":"true"}]},
          {"filters":[{"propertyName":"jobtitle","operator":"EQ","value":"CTO"}]}]}""").body();

    assertThat(decisionMakersWithPricing).isPositive();
    assertThat(and.get("total").asLong()).isEqualTo(decisionMakersWithPricing);
    assertThat(or.get("total").asLong()).isEqualTo(decisionMakersWithPricing + ctos);
  }

  @Test
  void datetimeFiltersAcceptEpochMillisAndIsoAlike() {
    Instant cut = Instant.parse(contacts().get(250).get("lastmodifieddate"));
    String byMillis = """
        {"filterGroups":[{"filters":[{"propertyName":"lastmodifieddate","operator":"GTE","value":"%d"}]}]}"""
        .formatted(cut.toEpochMilli());
    String byIso = byMillis.replace(Long.toString(cut.toEpochMilli()), cut.toString());
    long expected = contacts().stream().filter(c -> !Instant.parse(c.get("lastmodifieddate")).isBefore(cut)).count();

    assertThat(http.search("contacts", byMillis).body().get("total").asLong()).isEqualTo(expected);
    assertThat(http.search("contacts", byIso).body().get("total").asLong()).isEqualTo(expected);
  }

  @Test
  void numberPropertiesCompareAsNumbersNotText() {
    long expected = contacts().stream()
        .filter(c -> Integer.parseInt(c.get("hs_analytics_num_page_views")) > 9).count();

    JsonNode body = http.search("contacts", """
        {"filterGroups":[{"filters":[{"propertyName":"hs_analytics_num_page_views","operator":"GT","value":"9"}]}]}
        """).body();

    assertThat(expected).isPositive();
    assertThat(body.get("total").asLong()).isEqualTo(expected);
  }

  @Test
  void betweenInAndHasPropertyOperatorsSelectWhatTheySay() {
    List<Map<String, String>> all = contacts();
    String lo = all.get(10).get("hs_object_id");
    String hi = all.get(19).get("hs_object_id");
    long unowned = all.stream().filter(c -> c.get("hubspot_owner_id") == null).count();

    JsonNode between = http.search("contacts", """
        {"filterGroups":[{"filters":[{"propertyName":"hs_object_id","operator":"BETWEEN","value":"%s","highValue":"%s"}]}]}
        """.formatted(lo, hi)).body();
    JsonNode in = http.search("contacts", """
        {"filterGroups":[{"filters":[{"propertyName":"hs_object_id","operator":"IN","values":["%s","%s"]}]}]}
        """.formatted(lo, hi)).body();
    JsonNode notOwned = http.search("contacts", """
        {"filterGroups":[{"filters":[{"propertyName":"hubspot_owner_id","operator":"NOT_HAS_PROPERTY"}]}]}""").body();

    assertThat(between.get("total").asInt()).isEqualTo(10);
    assertThat(ids(in)).containsExactly(lo, hi);
    assertThat(notOwned.get("total").asLong()).isEqualTo(unowned);
  }

  @Test
  void defaultOrderIsCreationOrderOldestFirst() {
    JsonNode body = http.search("contacts", "{\"limit\":50}").body();

    List<Long> ids = ids(body).stream().map(Long::parseLong).toList();
    assertThat(ids).hasSize(50).isSorted();
    assertThat(body.get("total").asInt()).isEqualTo(contacts().size());
    assertThat(body.at("/paging/next/after").asText()).isEqualTo("50");
  }

  @Test
  void pagingByLastModifiedVisitsEveryRecordOnceInModifiedThenIdOrder() {
    List<JsonNode> seen = new ArrayList<>();
    String after = "0";
    while (after != null) {
      JsonNode page = http.search("contacts", """
          {"filterGroups":[{"filters":[{"propertyName":"lastmodifieddate","operator":"GTE","value":"0"}]}],
           "sorts":[{"propertyName":"lastmodifieddate","direction":"ASCENDING"}],"limit":200,"after":"%s"}"""
          .formatted(after)).body();
      page.get("results").forEach(seen::add);
      after = page.has("paging") ? page.at("/paging/next/after").asText() : null;
    }

    int live = contacts().size();
    assertThat(seen).hasSize(live);
    assertThat(seen.stream().map(r -> r.get("id").asText()).distinct()).hasSize(live);
    assertThat(seen).isSortedAccordingTo(Comparator
        .comparing((JsonNode r) -> Instant.parse(r.at("/properties/lastmodifieddate").asText()))
        .thenComparing(r -> r.get("id").asLong()));
  }

  @Test
  void recordsSharingAModifiedTimestampComeBackOrderedById() {
    Map<String, List<Long>> byStamp = contacts().stream().collect(Collectors.groupingBy(
        c -> c.get("lastmodifieddate"), Collectors.mapping(c -> Long.parseLong(c.get("hs_object_id")),
            Collectors.toList())));
    Map.Entry<String, List<Long>> tie = byStamp.entrySet().stream().filter(e -> e.getValue().size() > 3)
        .findFirst().orElseThrow();
    List<String> expected = tie.getValue().stream().sorted().map(String::valueOf).toList();

    JsonNode sortedByModified = http.search("contacts", """
        {"filterGroups":[{"filters":[{"propertyName":"lastmodifieddate","operator":"EQ","value":"%s"}]}],
         "sorts":[{"propertyName":"lastmodifieddate","direction":"ASCENDING"}],"limit":200}"""
        .formatted(tie.getKey())).body();
    JsonNode afterSecond = http.search("contacts", """
        {"filterGroups":[{"filters":[{"propertyName":"lastmodifieddate","operator":"EQ","value":"%s"},
          {"propertyName":"hs_object_id","operator":"GT","value":"%s"}]}],
         "sorts":[{"propertyName":"hs_object_id","direction":"ASCENDING"}],"limit":200}"""
        .formatted(tie.getKey(), expected.get(1))).body();

    assertThat(ids(sortedByModified)).containsExactlyElementsOf(expected);
    assertThat(ids(afterSecond)).containsExactlyElementsOf(expected.subList(2, expected.size()));
  }

  @Test
  void descendingSortStillBreaksTiesByIdAscending() {
    JsonNode body = http.search("contacts", """
        {"sorts":[{"propertyName":"jobtitle","direction":"DESCENDING"}],"properties":["jobtitle"],"limit":200}""")
        .body();

    List<JsonNode> results = new ArrayList<>();
    body.get("results").forEach(results::add);
    assertThat(results).isSortedAccordingTo(Comparator
        .comparing((JsonNode r) -> r.at("/properties/jobtitle").asText().toLowerCase(), Comparator.reverseOrder())
        .thenComparing(r -> r.get("id").asLong()));
  }

  @Test
  void pagingPastTheTenThousandResultCapIsRefusedWith400() {
    SandboxHttp.Resp ok = http.search("contacts", "{\"after\":\"9800\",\"limit\":200}");
    SandboxHttp.Resp past = http.search("contacts", "{\"after\":\"9900\",\"limit\":200}");

    assertThat(ok.status()).isEqualTo(200);
    assertThat(past.status()).isEqualTo(400);
    assertThat(past.body().get("category").asText()).isEqualTo("VALIDATION_ERROR");
    assertThat(past.body().get("message").asText()).contains("10000");
  }

  @Test
  void aPageLargerThan200IsRefusedWith400() {
    SandboxHttp.Resp r = http.search("contacts", "{\"limit\":201}");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().get("message").asText()).contains("200");
  }

  @Test
  void tooManyFilterGroupsOrFiltersAreRefusedWith400() {
    String group = "{\"filters\":[{\"propertyName\":\"email\",\"operator\":\"HAS_PROPERTY\"}]}";
    String sixGroups = "{\"filterGroups\":[" + String.join(",", List.of(group, group, group, group, group, group))
        + "]}";
    String filter = "{\"propertyName\":\"email\",\"operator\":\"HAS_PROPERTY\"}";
    String sevenFilters = "{\"filterGroups\":[{\"filters\":[" + String.join(",", java.util.Collections.nCopies(7,
        filter)) + "]}]}";

    assertThat(http.search("contacts", sixGroups).status()).isEqualTo(400);
    assertThat(http.search("contacts", sevenFilters).status()).isEqualTo(400);
    assertThat(http.search("contacts", "{\"filterGroups\":[{\"filters\":[{\"propertyName\":\"email\","
        + "\"operator\":\"LIKE\",\"value\":\"x\"}]}]}").body().get("message").asText()).contains("LIKE");
  }

  @Test
  void resultsCarryRequestedPropertiesPlusIdCreateDateAndLastModified() {
    JsonNode body = http.search("companies", "{\"properties\":[\"industry\",\"nonexistent\"],\"limit\":1}").body();

    JsonNode props = body.at("/results/0/properties");
    assertThat(props.fieldNames()).toIterable()
        .containsExactlyInAnyOrder("industry", "hs_object_id", "createdate", "hs_lastmodifieddate");
    assertThat(props.get("hs_object_id").asText()).isEqualTo(body.at("/results/0/id").asText());
    assertThat(props.get("hs_lastmodifieddate").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
  }

  @Test
  void archivedRecordsNeverAppearInSearch() {
    String id = contacts().get(7).get("hs_object_id");
    String byId = "{\"filterGroups\":[{\"filters\":[{\"propertyName\":\"hs_object_id\",\"operator\":\"EQ\","
        + "\"value\":\"" + id + "\"}]}]}";
    assertThat(http.search("contacts", byId).body().get("total").asInt()).isEqualTo(1);

    assertThat(http.delete("/crm/v3/objects/contacts/" + id).status()).isEqualTo(204);

    assertThat(http.search("contacts", byId).body().get("total").asInt()).isZero();
    assertThat(sandbox.find("contacts", id).orElseThrow().archived()).isTrue();
  }

  private static List<Map<String, String>> contacts() {
    return sandbox.records("contacts").stream().filter(r -> !r.archived()).map(SandboxRecord::properties).toList();
  }

  static List<String> ids(JsonNode searchBody) {
    List<String> ids = new ArrayList<>();
    searchBody.get("results").forEach(r -> ids.add(r.get("id").asText()));
    return ids;
  }
}
