package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreExplainTest {
  private static final String BUNDLE = """
      {"record": {"id": "101", "properties": {"email": "dana@northwind.io", "firstname": "Dana",
        "lastname": "Reyes", "jobtitle": "VP Sales", "associatedcompanyid": "7", "hs_analytics_last_url": "https://www.revbridge.test/pricing",
        "hs_analytics_num_visits": "3", "demo_requested": "true"},
        "updatedAt": "2026-11-01T10:00:00.000Z", "archived": false},
       "company": {"id": "7", "properties": {"name": "Northwind", "domain": "northwind.io",
        "numberofemployees": "120", "industry": "COMPUTER_SOFTWARE"}, "updatedAt": "2026-10-01T00:00:00Z"}}
      """;

  @TempDir Path folder;

  private JsonNode explain(String... args) throws Exception {
    Cli cli = Cli.run(Map.of(), args);
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    return new ObjectMapper().readTree(cli.out());
  }

  @Test
  void aPersonIsEnrichedThenScoredWithCategoriesMqlReasonsAndRecommendation() throws Exception {
    Path input = Files.writeString(folder.resolve("dana.json"), BUNDLE);

    JsonNode out = explain("score", "explain", "--crm", "hubspot", "--object", "contacts", "--input", input.toString());

    // fit 25, decision maker 25 (enrichment read the title), intent 15 + 10, timing general interest 10
    assertThat(out.path("score").asInt()).isEqualTo(85);
    assertThat(out.path("grade").asText()).isEqualTo("HOT");
    assertThat(out.path("categories").toString())
        .isEqualTo("{\"companyFit\":25,\"contactQuality\":25,\"intent\":25,\"timing\":10}");
    // size 25 + industry 20 + title 15 + pricing 15 + demo request 25 = 100
    assertThat(out.at("/mql/score").asInt()).isEqualTo(100);
    assertThat(out.at("/mql/qualified").asBoolean()).isTrue();
    assertThat(out.path("reasons").get(0).asText())
        .isEqualTo("+25 company fit: 120 employees (25), target industry Computer Software (25)");
    assertThat(out.path("reasons").toString()).contains("+25 decision maker: title 'VP Sales'", "+15 visited pricing page");
    assertThat(out.path("recommended").toString())
        .isEqualTo("{\"channel\":\"PHONE\",\"content\":\"DEMO\",\"priority\":\"HIGH\"}");
  }

  @Test
  void aDealIsForecastAtTheGivenTime() throws Exception {
    Path input = Files.writeString(folder.resolve("deal.json"), """
        {"id": "900", "properties": {"dealname": "Northwind renewal", "amount": "48000",
          "dealstage": "presentationscheduled", "closedate": "2026-05-01T00:00:00Z",
          "createdate": "2026-01-10T00:00:00Z"}, "updatedAt": "2026-05-11T10:00:00.000Z"}
        """);

    JsonNode out = explain("score", "explain", "--crm", "hubspot", "--object", "deals", "--input", input.toString(),
        "--now", "2026-05-12T09:00:00Z");

    // Proposal 50, open 122 days > 45 → -20
    assertThat(out.path("probability").asInt()).isEqualTo(30);
    assertThat(out.path("expectedValue").decimalValue()).isEqualByComparingTo("14400.00");
    assertThat(out.path("confidence").asText()).isEqualTo("LOW");
    assertThat(out.path("adjustments").toString()).contains("+50 stage Proposal ('presentationscheduled')",
        "\u221220 open longer than the 45-day average cycle (122 days)");
    assertThat(out.path("risks").toString()).contains("no budget confirmed at Proposal", "close date in the past");
  }

  @Test
  void anEditedPlaybookChangesTheResult() throws Exception {
    Path input = Files.writeString(folder.resolve("dana.json"), BUNDLE);
    Path playbook = Files.createDirectories(folder.resolve("playbook"));
    String shipped = Files.readString(Path.of("..", "mappings", "playbook", "lead-scoring.yaml"));
    Files.writeString(playbook.resolve("lead-scoring.yaml"), shipped.replace("HOT: {min: 80", "HOT: {min: 90"));

    JsonNode out = explain("score", "explain", "--crm", "hubspot", "--object", "contacts", "--input", input.toString(),
        "--playbook", playbook.toString());

    assertThat(out.path("grade").asText()).isEqualTo("WARM");
  }

  @Test
  void aBadPlaybookFailsWithFileLineAndFixAndExitCode2() throws Exception {
    Path input = Files.writeString(folder.resolve("dana.json"), BUNDLE);
    Path playbook = Files.createDirectories(folder.resolve("playbook"));
    Files.writeString(playbook.resolve("lead-scoring.yaml"), "categoryMax: lots\n");

    Cli cli = Cli.run(Map.of(), "score", "explain", "--crm", "hubspot", "--object", "contacts", "--input",
        input.toString(), "--playbook", playbook.toString());

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("lead-scoring.yaml:1:14: categoryMax: `categoryMax` must be a whole number");
  }

  @Test
  void anObjectWithoutPersonOrDealMappingIsBadInput() throws Exception {
    Path input = Files.writeString(folder.resolve("c.json"), "{\"id\": \"1\", \"properties\": {}}");

    Cli cli = Cli.run(Map.of(), "score", "explain", "--crm", "hubspot", "--object", "companies", "--input",
        input.toString());

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("no person or deal mapping for hubspot companies");
  }
}
